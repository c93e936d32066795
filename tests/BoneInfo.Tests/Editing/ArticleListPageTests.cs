using System.Net;
using AngleSharp.Html.Dom;
using BoneInfo.Web.Editing;

namespace BoneInfo.Tests.Editing;

[Trait("Category", "Integration")]
public sealed class ArticleListPageTests(EditorSite site) : IClassFixture<EditorSite>
{
    private static Dictionary<string, string> Row(IHtmlDocument page, string title)
    {
        var row = page.QuerySelectorAll(".article-list tbody tr").Single(r => r.QuerySelector("td")!.TextContent == title);
        var headers = page.QuerySelectorAll(".article-list thead th").Select(h => h.TextContent).ToList();
        return headers.Zip(row.QuerySelectorAll("td").Select(c => c.TextContent.Trim())).ToDictionary(p => p.First, p => p.Second);
    }

    private static List<string> Titles(IHtmlDocument page) =>
        page.QuerySelectorAll(".article-list tbody tr td:first-child").Select(c => c.TextContent).ToList();

    [Fact]
    public async Task TheListShowsArticlesInEveryStateWithStatusLastEditorAndUpdatedTime()
    {
        var writer = await site.SignInAsync(EditorSite.Writer);
        var reviewer = await site.SignInAsync(EditorSite.Reviewer);
        var draft = await EditorSite.NewArticleAsync(writer, "list-draft");
        var inReview = await EditorSite.NewArticleAsync(writer, "list-in-review");
        await EditorSite.PostEditAsync(writer, EditorRoutes.Edit(inReview), [], "submit");
        var republishing = await EditorSite.NewArticleAsync(writer, "list-republishing");
        await EditorSite.PostEditAsync(reviewer, EditorRoutes.Edit(republishing), [], "publish");
        await EditorSite.PostEditAsync(writer, EditorRoutes.Edit(republishing), new() { ["Form.Summary"] = "A newer summary." }, "submit");

        var page = await EditorSite.GetPageAsync(writer, "/admin");

        Assert.Equal("Draft", Row(page, "Sample list-draft")["Status"]);
        Assert.Equal("In review", Row(page, "Sample list-in-review")["Status"]);
        Assert.Equal("Published · draft in review", Row(page, "Sample list-republishing")["Status"]);
        Assert.Equal("Published", Row(page, "Sample bone condition")["Status"]);
        var row = Row(page, "Sample list-draft");
        Assert.Equal(("list-draft", "writer"), (row["Slug"], row["Last editor"]));
        Assert.Matches(@"^\d{4}-\d\d-\d\d \d\d:\d\d UTC$", row["Updated"]);
        Assert.Equal(EditorRoutes.Edit(draft), page.QuerySelectorAll(".article-list a").Single(a => a.TextContent == "Sample list-draft").GetAttribute("href"));
        Assert.Equal("Sample list-republishing", Titles(page)[0]); // the most recent change first
    }

    [Fact]
    public async Task FilteringByStatusAndSearchingByTitleWorkAsAPlainForm()
    {
        var writer = await site.SignInAsync(EditorSite.Writer);
        await EditorSite.NewArticleAsync(writer, "filter-draft");
        var submitted = await EditorSite.NewArticleAsync(writer, "filter-submitted");
        await EditorSite.PostEditAsync(writer, EditorRoutes.Edit(submitted), [], "submit");

        var inReview = await EditorSite.GetPageAsync(writer, "/admin?q=filter&status=in-review");
        var byTitle = await EditorSite.GetPageAsync(writer, "/admin?q=FILTER-D&status=");
        var published = await EditorSite.GetPageAsync(writer, "/admin?status=published");

        Assert.Equal(["Sample filter-submitted"], Titles(inReview));
        Assert.Equal(["Sample filter-draft"], Titles(byTitle));
        Assert.DoesNotContain(Titles(published), t => t.StartsWith("Sample filter", StringComparison.Ordinal));
        Assert.Equal("get", inReview.QuerySelector("form.filters")!.GetAttribute("method"));
        Assert.Equal("in-review", ((IHtmlSelectElement)inReview.QuerySelector("#status")!).Value);
    }

    [Fact]
    public async Task AnUnknownStatusIsRefusedWithAMessage()
    {
        var writer = await site.SignInAsync(EditorSite.Writer);

        var response = await writer.GetAsync("/admin?status=lost");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("There is no status called &#x27;lost&#x27;", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheNewArticleLinkOpensAnEmptyEditor()
    {
        var writer = await site.SignInAsync(EditorSite.Writer);
        var list = await EditorSite.GetPageAsync(writer, "/admin");

        var href = list.QuerySelectorAll("main a").Single(a => a.TextContent == "New article").GetAttribute("href")!;
        var page = await EditorSite.GetPageAsync(writer, href);

        Assert.Equal("New article", page.QuerySelector("h1")!.TextContent);
        Assert.True(string.IsNullOrEmpty(EditorSite.FieldValue(page, "Title")));
        Assert.Null(page.QuerySelector("button[value=publish]"));
    }
}
