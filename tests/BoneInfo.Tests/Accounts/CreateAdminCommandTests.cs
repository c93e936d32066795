using System.Net;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Accounts;
using BoneInfo.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoneInfo.Tests.Accounts;

/// <summary>The operator's way to make the first admin: `dotnet run --project src/BoneInfo.Web -- create-admin EMAIL`.</summary>
[Trait("Category", "Integration")]
public sealed class CreateAdminCommandTests : IDisposable
{
    private const string Password = "a long enough admin password";
    private readonly TestContentFactory _app = new();
    private readonly Dictionary<string, string?> _noPasswordVariable = new() { [CreateAdminCommand.PasswordVariable] = null };

    public void Dispose() => _app.Dispose();

    private async Task<AppProcess.Outcome> CreateAdminAsync(string? input, Dictionary<string, string?> environment, params string[] args)
    {
        _ = _app.Services; // starts the app, which creates and migrates its database
        return await AppProcess.RunAsync(_app.DatabasePath, environment, input, ["create-admin", .. args]);
    }

    [Fact]
    public async Task APasswordFromStandardInputCreatesAnAdminWhoCanSignIn()
    {
        var result = await CreateAdminAsync(Password, _noPasswordVariable, "First.Admin@BoneInfo.test");

        Assert.True(result.ExitCode == 0, result.Errors);
        Assert.Contains("Created admin first.admin@boneinfo.test", result.Output, StringComparison.Ordinal);
        var client = await TestUsers.SignedInClientAsync(_app, "first.admin@boneinfo.test", Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/users")).StatusCode);
    }

    [Fact]
    public async Task ThePasswordVariableIsUsedWhenSet()
    {
        var result = await CreateAdminAsync(input: null, new() { [CreateAdminCommand.PasswordVariable] = Password }, "env.admin@boneinfo.test");

        Assert.True(result.ExitCode == 0, result.Errors);
        Assert.Equal(UserRole.Admin, (await UserAsync("env.admin@boneinfo.test"))!.Role);
        await using var scope = _app.Services.CreateAsyncScope();
        var entry = await scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>().AuditLog.SingleAsync(a => a.Target == "env.admin@boneinfo.test");
        Assert.Equal(("user-created", "env.admin, role Admin, by the create-admin command"), (entry.Action, entry.Detail));
    }

    [Fact]
    public async Task APasswordShorterThanTwelveCharactersIsRefused()
    {
        var result = await CreateAdminAsync("short pass", _noPasswordVariable, "short@boneinfo.test");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("at least 12 characters", result.Errors, StringComparison.Ordinal);
        Assert.Null(await UserAsync("short@boneinfo.test"));
    }

    [Fact]
    public async Task AnEmailThatAlreadyHasAnAccountIsRefused()
    {
        await TestUsers.AddAsync(_app, "taken@boneinfo.test", UserRole.Writer);

        var result = await CreateAdminAsync(Password, _noPasswordVariable, "Taken@BoneInfo.test");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("already an account for taken@boneinfo.test", result.Errors, StringComparison.Ordinal);
        Assert.Equal(UserRole.Writer, (await UserAsync("taken@boneinfo.test"))!.Role);
    }

    [Fact]
    public async Task WithoutAnEmailTheCommandExplainsHowToUseIt()
    {
        var result = await CreateAdminAsync(Password, _noPasswordVariable);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("create-admin EMAIL", result.Errors, StringComparison.Ordinal);
    }

    private async Task<User?> UserAsync(string email)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>().Users.AsNoTracking().SingleOrDefaultAsync(u => u.Email == email);
    }
}
