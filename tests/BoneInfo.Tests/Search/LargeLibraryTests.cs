using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Articles;
using BoneInfo.Web.Search;

namespace BoneInfo.Tests.Search;

/// <summary>
/// In a library large enough that some words are in nearly every article, those words stop counting in
/// full-text ranking (they tell nothing apart) but still count through names and findings.
/// </summary>
[Trait("Category", "Integration")]
public sealed class LargeLibraryTests : IAsyncLifetime, IDisposable
{
    private const int Fillers = 120;
    private readonly TestDatabase _database = new();
    private readonly SearchIndexVersion _version = new();

    public async Task InitializeAsync()
    {
        await using var db = _database.CreateContext();
        var now = DateTime.UtcNow;
        db.Articles.AddRange(Enumerable.Range(1, Fillers).Select(i => Article.FromContent(Content(
            $"filler-{i}", $"Filler dysplasia {i}", "Bone pain and lorem ipsum appear in every article of this library.",
            new Phenotype(null, "Bone pain", "Aching bones", "frequent"), new Phenotype(null, "Short stature", "Being short", "frequent")), now)));
        db.Articles.Add(Article.FromContent(Content(
            "target-syndrome", "Target syndrome", "Bone pain with nephrocalcinosis, and lorem ipsum.",
            new Phenotype(null, "Bone pain", "Aching bones", "very frequent"), new Phenotype(null, "Nephrocalcinosis", "Calcium in the kidneys", "very frequent")), now));
        await db.SaveChangesAsync();
        await new SearchIndex(db, _version).RebuildAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _database.Dispose();

    private static ArticleContent Content(string slug, string title, string body, params Phenotype[] phenotypes) => new(
        slug, title, ArticleKind.Condition, "Test", "A summary.", "## Overview\n\n" + body, new DateOnly(2026, 11, 21),
        new ArticleMetadata { Phenotypes = phenotypes });

    private async Task<SearchResponse> SearchAsync(string q)
    {
        await using var db = _database.CreateContext();
        return await TestSearch.Service(db, _version).SearchAsync(q, exact: true);
    }

    [Fact]
    public async Task ACommonFindingWithARareOneRanksTheArticleWithBothFirstAndSaysWhy()
    {
        var response = await SearchAsync("bone pain, nephrocalcinosis");

        var first = response.Results[0];
        Assert.Equal("target-syndrome", first.Slug);
        Assert.Equal(["Bone pain", "Nephrocalcinosis"], first.Matched.Select(m => m.Label).Order());
    }

    [Fact]
    public async Task AFindingInEveryArticleStillFindsThemRankedByHowOftenTheyHaveIt()
    {
        var response = await SearchAsync("bone pain");

        Assert.Equal(SearchService.DefaultLimit, response.Results.Count);
        Assert.Equal("target-syndrome", response.Results[0].Slug); // "very frequent" outweighs "frequent"
        Assert.All(response.Results, r => Assert.Contains(r.Matched, m => m.Label == "Bone pain"));
        Assert.Contains("<mark>", response.Results[0].SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WordsInEveryArticleButNoNameOrFindingStillFindArticles()
    {
        var response = await SearchAsync("lorem ipsum");

        Assert.Equal(SearchService.DefaultLimit, response.Results.Count);
    }
}
