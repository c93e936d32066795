using AngleSharp.Html.Parser;
using BoneInfo.Web.Markdown;

namespace BoneInfo.Tests.Markdown;

[Trait("Category", "Unit")]
public class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Fact]
    public void HeadingsGetReadableIdsAndFillTheTableOfContents()
    {
        var rendered = _renderer.Render("## How common it is\n\ntext\n\n### Treatment and management\n\n#### Too deep");
        var document = new HtmlParser().ParseDocument(rendered.Html);

        Assert.NotNull(document.QuerySelector("h2#how-common-it-is"));
        Assert.NotNull(document.QuerySelector("h3#treatment-and-management"));
        Assert.Equal(
            [new TocEntry(2, "how-common-it-is", "How common it is"), new TocEntry(3, "treatment-and-management", "Treatment and management")],
            rendered.Contents);
    }

    [Fact]
    public void TableOfContentsNestsSubsectionsUnderTheirSection()
    {
        var rendered = _renderer.Render("## Symptoms\n\n### Bones\n\n### Teeth\n\n## Diagnosis");

        var nodes = TableOfContents.Nest(rendered.Contents);

        Assert.Equal(["Symptoms", "Diagnosis"], nodes.Select(n => n.Entry.Text));
        Assert.Equal(["Bones", "Teeth"], nodes[0].Children.Select(c => c.Text));
    }

    [Fact]
    public void ATopLevelHeadingInABodyBecomesASectionSoThePageKeepsOneH1()
    {
        var document = new HtmlParser().ParseDocument(_renderer.Render("# Overview\n\ntext").Html);

        Assert.Empty(document.QuerySelectorAll("h1"));
        Assert.Equal("Overview", document.QuerySelector("h2")!.TextContent);
    }

    [Fact]
    public void PipeTablesRenderAsTablesWithHeaderCells()
    {
        var document = new HtmlParser().ParseDocument(_renderer.Render("| Cause | Clue |\n| --- | --- |\n| Paget disease | Bone pain |").Html);

        Assert.Equal(["Cause", "Clue"], document.QuerySelectorAll("th").Select(th => th.TextContent));
        Assert.Equal(["Paget disease", "Bone pain"], document.QuerySelectorAll("td").Select(td => td.TextContent));
    }

    [Fact]
    public void ExternalLinksGetNoopenerAndInternalLinksDoNot()
    {
        var document = new HtmlParser().ParseDocument(
            _renderer.Render("[out](https://medlineplus.gov/) [in](/conditions/osteopetrosis) [cite](#ref-1)").Html);
        var links = document.QuerySelectorAll("a").ToDictionary(a => a.TextContent, a => a.GetAttribute("rel"));

        Assert.Equal("noopener noreferrer", links["out"]);
        Assert.Null(links["in"]);
        Assert.Null(links["cite"]);
    }

    [Fact]
    public void CitationsRenderAsLinksToTheirReference()
    {
        var document = new HtmlParser().ParseDocument(_renderer.Render("Bones are dense [2](#ref-2).").Html);

        Assert.Equal("#ref-2", document.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void OddUnicodeRendersWithoutError()
    {
        var rendered = _renderer.Render("## Ünïcödé 🦴 heading\n\nRTL \u202Etext\u202C and zero\u200Bwidth; 骨");

        Assert.Contains("🦴", rendered.Html, StringComparison.Ordinal);
        Assert.Single(rendered.Contents);
    }

    [Theory]
    [InlineData('[', 10_000)]
    [InlineData("> ", 10_000)]
    [InlineData("![", 5_000)]
    public void TextNestedDeeperThanMarkdownCanShowIsShownAsEscapedTextNotAServerError(object unit, int times)
    {
        var text = string.Concat(Enumerable.Repeat(unit.ToString(), times)) + "<b>";

        var rendered = _renderer.Render(text);

        Assert.StartsWith("<p>", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;", rendered.Html, StringComparison.Ordinal);
        Assert.Equal(text, MarkdownRenderer.ToPlainText(text));
        Assert.Contains("more than 32 levels deep", MarkdownRenderer.Problem(text), StringComparison.Ordinal);
    }

    [Fact]
    public void TextLongerThanTheLimitIsShownAsTextAndNamedAsAProblem()
    {
        var text = "**bold** " + new string('a', MarkdownRenderer.MaxLength);

        Assert.DoesNotContain("<strong>", _renderer.Render(text).Html, StringComparison.Ordinal);
        Assert.Equal("has 100,009 characters; the limit is 100,000", MarkdownRenderer.Problem(text));
        Assert.Null(MarkdownRenderer.Problem("## A section\n\n- a list\n  - nested *twice* [with a link](/conditions/x)"));
    }
}
