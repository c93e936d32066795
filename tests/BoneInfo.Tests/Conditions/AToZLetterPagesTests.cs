using System.Net;
using AngleSharp.Html.Dom;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Pages.Conditions;

namespace BoneInfo.Tests.Conditions;

/// <summary>The A–Z list of a library too large for one page: letters, letter pages of LetterPage.Size, and the filter.</summary>
[Trait("Category", "Integration")]
public sealed class AToZLetterPagesTests(LargeLibraryFactory app) : IClassFixture<LargeLibraryFactory>
{
    private static List<string> Titles(IHtmlDocument page) => page.QuerySelectorAll(".az dt a").Select(a => a.TextContent).ToList();

    private static List<string> LetterLinks(IHtmlDocument page) =>
        page.QuerySelectorAll("nav.letters a").Select(a => a.GetAttribute("href")!).ToList();

    [Fact]
    public async Task TheListShowsOnlyLettersThatHaveArticlesAndTheFirstLettersPage()
    {
        var (response, page) = await app.GetPageAsync("/conditions");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["/conditions/letter/other", "/conditions/letter/b", "/conditions/letter/c", "/conditions/letter/e",
            "/conditions/letter/s", "/conditions/letter/u"], LetterLinks(page));
        Assert.Equal(["22q11 deletion", "3M syndrome"], Titles(page));
        Assert.Equal("page", page.QuerySelector("nav.letters a[href='/conditions/letter/other']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task ALetterPageListsItsFirstArticlesInTitleOrderAndLinksToTheNextPage()
    {
        var (response, page) = await app.GetPageAsync("/conditions/letter/b");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Enumerable.Range(1, LetterPage.Size).Select(LargeLibraryFactory.BoneStudy), Titles(page));
        Assert.Contains("Other name of bone-study-001", page.QuerySelector(".az dd")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/conditions/letter/b?page=2", page.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector(".pager a[rel=prev]"));
        Assert.Equal(BoneInfoFactory.BaseUrl + "/conditions/letter/b", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task TheLastPageOfALetterHasTheRestAndLinksBack()
    {
        var last = (LargeLibraryFactory.BoneStudies + LetterPage.Size - 1) / LetterPage.Size;
        var first = (last - 1) * LetterPage.Size + 1;
        var (_, page) = await app.GetPageAsync($"/conditions/letter/B?page={last}");

        Assert.Equal(Enumerable.Range(first, LargeLibraryFactory.BoneStudies - first + 1).Select(LargeLibraryFactory.BoneStudy), Titles(page));
        Assert.Equal($"/conditions/letter/b?page={last - 1}", page.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector(".pager a[rel=next]"));
        Assert.Equal(BoneInfoFactory.BaseUrl + $"/conditions/letter/b?page={last}", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Contains($"(page {last})", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAccentedTitleIsListedUnderItsPlainLetterInOrder()
    {
        var (_, page) = await app.GetPageAsync("/conditions/letter/e");

        Assert.Equal(["Enchondroma study", "Épiphyse study"], Titles(page));
        Assert.Null(page.QuerySelector(".pager"));
    }

    [Theory]
    [InlineData("/conditions/letter/bb")]
    [InlineData("/conditions/letter/1")]
    [InlineData("/conditions/letter/%25")]
    [InlineData("/conditions/letter/%C3%A9")]
    [InlineData("/conditions/letter/q")]
    [InlineData("/conditions/letter/b?page=0")]
    [InlineData("/conditions/letter/b?page=-1")]
    [InlineData("/conditions/letter/b?page=99")]
    [InlineData("/conditions/letter/b?page=abc")]
    [InlineData("/conditions/letter/b?page=1.5")]
    [InlineData("/conditions/letter/b?page=")]
    [InlineData("/conditions/letter/b?page=99999999999999999999")]
    [InlineData("/conditions/letter/b?page=2&page=3")]
    public async Task UnknownLettersAndPagesAreNotFound(string path)
    {
        var (response, page) = await app.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull(page.QuerySelector("main h1"));
    }

    [Fact]
    public async Task TheFilterFindsAnArticleByWordsOfItsTitle()
    {
        var (_, page) = await app.GetPageAsync("/conditions?q=bone%20STUDY%20117");

        Assert.Equal([LargeLibraryFactory.BoneStudy(117)], Titles(page));
        Assert.Contains("1 article matches", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFilterMatchingMoreThanItShowsSaysSo()
    {
        var (_, page) = await app.GetPageAsync("/conditions?q=study");

        Assert.Equal(Web.Pages.Conditions.IndexModel.FilterLimit, Titles(page).Count);
        Assert.Contains("More than 200 articles match", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }
}
