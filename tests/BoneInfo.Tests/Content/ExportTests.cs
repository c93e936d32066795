using System.IO.Compression;
using System.Net;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Accounts;
using BoneInfo.Web.Articles;
using BoneInfo.Web.Content;
using BoneInfo.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoneInfo.Tests.Content;

[Trait("Category", "Integration")]
public sealed class ExportOnSqlite() : ExportTests(DatabaseProvider.Sqlite);

[Trait("Category", "Integration")]
public sealed class ExportOnPostgreSql() : ExportTests(DatabaseProvider.PostgreSql), IPostgreSqlTests;

/// <summary>/admin/export: a zip of the published articles that imports back as the same articles, on each database provider.</summary>
public abstract class ExportTests(DatabaseProvider provider) : IAsyncLifetime, IDisposable
{
    private readonly BoneInfoFactory _app = new(RepoPaths.Content, provider);
    private readonly TempFolder _folder = new();
    private HttpClient _writer = null!;

    public async Task InitializeAsync()
    {
        await TestUsers.AddAsync(_app, "writer@boneinfo.test", UserRole.Writer);
        _writer = await TestUsers.SignedInClientAsync(_app, "writer@boneinfo.test");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _app.Dispose();
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }

    [DatabaseFact]
    public async Task TheExportImportedIntoAFreshDatabaseGivesTheSameArticles()
    {
        var published = await PublishedInAppAsync();

        var extracted = await DownloadAndExtractAsync();
        using var fresh = new TestDatabase(provider);
        await using var db = fresh.CreateContext();
        var summary = await fresh.CreateImporter(db).ImportFolderAsync(extracted);

        Assert.Equal((published.Count, 0), (summary.Added, summary.Invalid.Count));
        var imported = await new PublishedContent(db).LoadAsync();
        Assert.Equal(published.Select(ArticleFingerprint.Of), imported.Select(ArticleFingerprint.Of));
        Assert.Equal(ContentLibrary.Articles.Count, imported.Count);
    }

    [DatabaseFact]
    public async Task TheDownloadIsANamedZipAttachment()
    {
        var response = await _writer.GetAsync("/admin/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Matches(@"^boneinfo-content-\d{4}-\d{2}-\d{2}\.zip$", response.Content.Headers.ContentDisposition.FileNameStar);
    }

    [DatabaseFact]
    public async Task ArticlesThatAreNotPublishedAreLeftOut()
    {
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>();
            (await db.Articles.SingleAsync(a => a.Slug == "osteopetrosis")).Archive(DateTime.UtcNow);
            await db.SaveChangesAsync();
        }

        var files = Directory.GetFiles(await DownloadAndExtractAsync()).Select(Path.GetFileName).ToList();

        Assert.Equal(ContentLibrary.Articles.Count - 1, files.Count);
        Assert.DoesNotContain("osteopetrosis.md", files);
        Assert.Contains("hypophosphatasia.md", files);
    }

    private async Task<string> DownloadAndExtractAsync()
    {
        var zip = await _writer.GetByteArrayAsync("/admin/export");
        var folder = Path.Combine(_folder.Path, Guid.NewGuid().ToString("N"));
        await ZipFile.ExtractToDirectoryAsync(new MemoryStream(zip), folder);
        return folder;
    }

    private async Task<IReadOnlyList<ArticleContent>> PublishedInAppAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PublishedContent>().LoadAsync();
    }
}
