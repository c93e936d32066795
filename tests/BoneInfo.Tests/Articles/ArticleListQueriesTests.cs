using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Articles;
using BoneInfo.Web.Data;

namespace BoneInfo.Tests.Articles;

[Trait("Category", "Integration")]
public sealed class ArticleListQueriesOnSqlite() : ArticleListQueriesTests(DatabaseProvider.Sqlite);

[Trait("Category", "Integration")]
public sealed class ArticleListQueriesOnPostgreSql() : ArticleListQueriesTests(DatabaseProvider.PostgreSql), IPostgreSqlTests;

/// <summary>The bounded reads behind the A–Z list and the home page, on each database provider.</summary>
public abstract class ArticleListQueriesTests : IDisposable
{
    private static readonly string[] Published = ["bone b", "Bone a", "Épiphyse", "Zeta", "3M syndrome", "Enchondroma", "zebra", "_under"];
    private readonly TestDatabase _database;

    protected ArticleListQueriesTests(DatabaseProvider provider)
    {
        _database = new TestDatabase(provider);
        using var db = _database.CreateContext();
        var now = DateTime.UtcNow;
        db.Articles.AddRange(Published.Select(title => Article.FromContent(Content(title, title.StartsWith('Z') ? "Zeds" : "Others"), now)));
        db.Articles.Add(Article.NewDraft(Content("Quiet draft", "Drafts"), now));
        db.SaveChanges();
    }

    public void Dispose()
    {
        _database.Dispose();
        GC.SuppressFinalize(this);
    }

    private static ArticleContent Content(string title, string category) => new(
        Guid.NewGuid().ToString("N"), title, ArticleKind.Condition, category, "Summary.", "Body.", new DateOnly(2026, 11, 21),
        new ArticleMetadata { OtherNames = ["Also " + title] });

    private static ArticleRepository Repository(BoneInfoDbContext db) => new(db);

    [DatabaseFact]
    public async Task TheAToZListIsByInitialThenTitleWhateverTheCaseOrAccents()
    {
        await using var db = _database.CreateContext();

        var listed = await Repository(db).ListAToZAsync(100);

        Assert.Equal(["3M syndrome", "_under", "Bone a", "bone b", "Enchondroma", "Épiphyse", "zebra", "Zeta"], listed.Select(a => a.Title));
        Assert.Equal(["Also 3M syndrome"], listed[0].OtherNames);
    }

    [DatabaseFact]
    public async Task OnlyInitialsWithPublishedArticlesAreListed()
    {
        await using var db = _database.CreateContext();

        Assert.Equal(["#", "B", "E", "Z"], await Repository(db).ListInitialsAsync());
    }

    [DatabaseFact]
    public async Task ALetterIsReadAPageAtATimeAndSaysWhetherMoreFollow()
    {
        await using var db = _database.CreateContext();
        var repository = Repository(db);

        var first = await repository.PageByInitialAsync("E", 0, 1);
        var second = await repository.PageByInitialAsync("E", 1, 1);
        var beyond = await repository.PageByInitialAsync("E", 2, 1);

        Assert.Equal(("Enchondroma", true), (Assert.Single(first.Articles).Title, first.HasMore));
        Assert.Equal(("Épiphyse", false), (Assert.Single(second.Articles).Title, second.HasMore));
        Assert.Empty(beyond.Articles);
    }

    [DatabaseFact]
    public async Task CategoriesComeWithTheirFirstArticlesAndWhetherTheyHaveMore()
    {
        await using var db = _database.CreateContext();

        var previews = await Repository(db).PreviewCategoriesAsync(categories: 10, articlesEach: 2);

        Assert.Equal(["Others", "Zeds"], previews.Select(p => p.Name).Order(StringComparer.Ordinal));
        var others = previews.Single(p => p.Name == "Others");
        Assert.Equal(["3M syndrome", "Bone a"], others.Articles.Select(a => a.Title));
        Assert.True(others.HasMore);
        var zeds = previews.Single(p => p.Name == "Zeds");
        Assert.Equal(("Zeta", false), (Assert.Single(zeds.Articles).Title, zeds.HasMore));
    }

    [DatabaseFact]
    public async Task CountingStopsAtTheGivenNumber()
    {
        await using var db = _database.CreateContext();

        Assert.Equal((3, Published.Length), (await Repository(db).CountPublishedAsync(3), await Repository(db).CountPublishedAsync(1000)));
    }
}
