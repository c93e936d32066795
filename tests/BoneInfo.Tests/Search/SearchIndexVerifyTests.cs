using BoneInfo.Tests.Editing;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Tests.Search;

/// <summary><c>-- verify</c>: the search index is compared with the published articles, and any difference is named.</summary>
[Trait("Category", "Integration")]
public sealed class SearchIndexVerifyTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly SearchIndexVersion _version = new();

    public void Dispose() => _database.Dispose();

    private async Task<IReadOnlyList<string>> VerifyAsync()
    {
        await using var db = _database.CreateContext();
        return await new SearchIndex(db, _version).VerifyAsync();
    }

    private async Task ImportAsync(params string[] slugs)
    {
        await using var db = _database.CreateContext();
        foreach (var slug in slugs)
        {
            await _database.CreatePublication(db, _version).ImportAsync(EditorSite.SampleContent(slug));
        }
    }

    [Fact]
    public async Task AnIndexThatMatchesThePublishedArticlesHasNoDifferences()
    {
        await ImportAsync("first-article", "second-article");

        Assert.Empty(await VerifyAsync());
    }

    [Fact]
    public async Task AMissingEntryAndAnEntryForAnUnpublishedArticleAreBothNamed()
    {
        await ImportAsync("kept-article", "lost-entry", "withdrawn-article");
        await using (var db = _database.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM ArticleSearch WHERE slug = 'lost-entry'");
            await db.Database.ExecuteSqlRawAsync("UPDATE Articles SET Status = 'Archived' WHERE Slug = 'withdrawn-article'");
        }

        var problems = await VerifyAsync();

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("'lost-entry'", StringComparison.Ordinal) && p.Contains("not in the index", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'withdrawn-article'", StringComparison.Ordinal) && p.Contains("not published", StringComparison.Ordinal));
    }
}
