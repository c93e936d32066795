using System.Net;
using System.Text.Json;
using BoneInfo.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace BoneInfo.Tests.Health;

[Trait("Category", "Integration")]
public sealed class HealthAndDatabaseTests : IDisposable
{
    private readonly TestContentFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task HealthIsOkWithAJsonBodyWhenTheDatabaseAnswers()
    {
        using var client = _app.CreateClient();
        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("healthy", json.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task MigrationsCreateTheSchemaOnAnEmptyDatabase()
    {
        using var client = _app.CreateClient();
        await client.GetAsync("/health");

        await using var connection = new SqliteConnection($"Data Source={_app.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT MigrationId FROM __EFMigrationsHistory; PRAGMA journal_mode;";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.EndsWith("_InitialCreate", reader.GetString(0), StringComparison.Ordinal);
        Assert.True(await reader.NextResultAsync() && await reader.ReadAsync());
        Assert.Equal("wal", reader.GetString(0));
    }

    [Fact]
    public async Task WhenTheDatabaseIsBrokenHealthIs503AndPagesShowAFriendlyErrorWithoutDetails()
    {
        using var client = _app.CreateClient();
        await client.GetAsync("/health");
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "-wal", "-shm" })
        {
            File.Delete(_app.DatabasePath + suffix);
        }
        await File.WriteAllTextAsync(_app.DatabasePath, new string('x', 8192));

        var health = await client.GetAsync("/health");
        var page = await client.GetAsync("/conditions");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Contains("\"unhealthy\"", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        Assert.Contains("Something went wrong on our side", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
    }
}
