using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Articles;
using BoneInfo.Web.Search;
using Microsoft.Extensions.Logging.Abstractions;

namespace BoneInfo.Tests.Search;

/// <summary>The index follows the articles: added, changed and rebuilt, over a real SQLite file.</summary>
[Trait("Category", "Integration")]
public sealed class SearchIndexTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly SearchIndexVersion _version = new();

    public void Dispose() => _database.Dispose();

    private static ArticleContent Article(string slug, string body) => new(
        slug, slug.Replace('-', ' '), ArticleKind.Condition, "Dense bone disorders", "A summary.", body,
        new DateOnly(2026, 11, 21), new ArticleMetadata());

    private async Task<List<string>> SearchAsync(string q)
    {
        await using var db = _database.CreateContext();
        var service = TestSearch.Service(db, _version);
        return (await service.SearchAsync(q, exact: true)).Results.Select(r => r.Slug).ToList();
    }

    private async Task UpsertAsync(ArticleContent content)
    {
        await using var db = _database.CreateContext();
        await _database.CreatePublication(db, _version).ImportAsync(content);
    }

    [Fact]
    public async Task AnImportedArticleIsFoundAtOnce()
    {
        await UpsertAsync(Article("marble-test", "Bones become dense like marble."));

        Assert.Equal(["marble-test"], await SearchAsync("marble"));
    }

    [Fact]
    public async Task AChangedArticleIsFoundByItsNewWordsAndNotItsOldOnes()
    {
        await UpsertAsync(Article("changing", "The first version speaks of granite."));
        await UpsertAsync(Article("changing", "The second version speaks of basalt."));

        Assert.Empty(await SearchAsync("granite"));
        Assert.Equal(["changing"], await SearchAsync("basalt"));
    }

    [Fact]
    public async Task ARebuildIndexesEveryPublishedArticleOnce()
    {
        await UpsertAsync(Article("first", "Quartz crystals."));
        await UpsertAsync(Article("second", "Quartz again."));
        await using var db = _database.CreateContext();
        var index = new SearchIndex(db, _version);

        var count = await index.RebuildAsync();

        Assert.Equal(2, count);
        Assert.True(await index.IsCompleteAsync());
        Assert.Equal(["first", "second"], (await SearchAsync("quartz")).Order());
    }

    [Fact]
    public async Task SpellingCorrectionLearnsNewWordsWhenTheIndexChanges()
    {
        await UpsertAsync(Article("first", "Quartz crystals."));
        Assert.Empty(await SearchAsync("feldspar"));
        await UpsertAsync(Article("second", "Feldspar crystals."));

        await using var db = _database.CreateContext();
        var service = TestSearch.Service(db, _version);
        var response = await service.SearchAsync("feldpsar");

        Assert.Equal("feldspar", response.CorrectedQuery);
        Assert.Equal(["second"], response.Results.Select(r => r.Slug));
    }

    [Fact]
    public async Task AnArticlePublishedInATransactionIsFoundOnceItCommitsEvenIfSomeoneSearchedMeanwhile()
    {
        var catalog = new SearchCatalog(_version, NullLogger<SearchCatalog>.Instance);
        await using var writer = _database.CreateContext(new SearchIndexCommitInterceptor(_version));
        await using var transaction = await writer.Database.BeginTransactionAsync();
        var article = BoneInfo.Web.Articles.Article.FromContent(Article("late-news", "Porphyritic texture."), DateTime.UtcNow);
        writer.Articles.Add(article);
        await writer.SaveChangesAsync();
        await new SearchIndex(writer, _version).IndexAsync(article);

        Assert.Empty(await SearchWithAsync(catalog, "porphyritic"));
        await transaction.CommitAsync();

        Assert.Equal(["late-news"], await SearchWithAsync(catalog, "porphyritic"));
    }

    private async Task<List<string>> SearchWithAsync(SearchCatalog catalog, string q)
    {
        await using var db = _database.CreateContext();
        return (await TestSearch.Service(db, _version, catalog).SearchAsync(q, exact: true)).Results.Select(r => r.Slug).ToList();
    }

    [Fact]
    public async Task SuggestionsLearnATitleAsSoonAsItsArticleIsImported()
    {
        var catalog = new SearchCatalog(_version, NullLogger<SearchCatalog>.Instance);
        var suggestions = new SuggestionCatalog(_version, catalog);
        await UpsertAsync(Article("marble-one", "Dense bones."));
        await using (var db = _database.CreateContext())
        {
            Assert.Equal(["marble one"], (await suggestions.SuggestAsync(db, "marb", default)).Select(s => s.Text));
        }

        await UpsertAsync(Article("marble-two", "Denser bones."));

        await using var after = _database.CreateContext();
        Assert.Equal(["marble one", "marble two"], (await suggestions.SuggestAsync(after, "marb", default)).Select(s => s.Text));
    }

    [Fact]
    public async Task AChangedFeatureListIsWhatFindingsMatchAfterTheChange()
    {
        var catalog = new SearchCatalog(_version, NullLogger<SearchCatalog>.Instance);
        await UpsertAsync(Article("changing-features", "Body text.") with
        {
            Metadata = new ArticleMetadata { Phenotypes = [new Phenotype(null, "Blue sclerae", "Blue whites of the eyes", "frequent")] },
        });
        Assert.Equal(["Blue sclerae"], (await MatchedAsync(catalog, "blue sclerae")).Select(m => m.Label));

        await UpsertAsync(Article("changing-features", "Body text.") with
        {
            Metadata = new ArticleMetadata { Phenotypes = [new Phenotype(null, "Bowed legs", "Legs curve outwards", "frequent")] },
        });

        Assert.Empty(await MatchedAsync(catalog, "blue sclerae"));
        Assert.Equal(["Bowed legs"], (await MatchedAsync(catalog, "bowed legs")).Select(m => m.Label));
    }

    private async Task<IEnumerable<MatchedFinding>> MatchedAsync(SearchCatalog catalog, string q)
    {
        await using var db = _database.CreateContext();
        return (await TestSearch.Service(db, _version, catalog).SearchAsync(q, exact: true)).Results.SelectMany(r => r.Matched).ToList();
    }
}
