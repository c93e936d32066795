using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BoneInfo.Tests.Publishing;

/// <summary>The whole library in content/, imported into a new database, is stored exactly as the pipeline renders it.</summary>
[Trait("Category", "Integration")]
public sealed class LibraryRenderingTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task EveryArticleInContentIsStoredAsAFreshRenderOfItsBody()
    {
        await using var db = _database.CreateContext();
        var summary = await new ContentImporter(_database.CreatePublication(db), db, TimeProvider.System, NullLogger<ContentImporter>.Instance).ImportFolderAsync(RepoPaths.Content);

        var articles = await db.Articles.AsNoTracking().OrderBy(a => a.Slug).ToListAsync();
        Assert.Empty(summary.Invalid);
        Assert.Equal(Directory.GetFiles(RepoPaths.Content, "*.md").Length, articles.Count);
        Assert.All(articles, StoredHtml.AssertIsAFreshRenderOfTheBody);
    }
}
