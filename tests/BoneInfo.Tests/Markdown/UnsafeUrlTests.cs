using AngleSharp.Html.Parser;
using BoneInfo.Web.Markdown;

namespace BoneInfo.Tests.Markdown;

[Trait("Category", "Unit")]
public class UnsafeUrlTests
{
    private readonly MarkdownRenderer _renderer = new();

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        var file = Path.Combine(AppContext.BaseDirectory, "Markdown", "unsafe-urls.txt");
        foreach (var line in File.ReadLines(file).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            // A reference definition must start its own line; the example file keeps one case per line.
            data.Add(line.Replace("\\u200B", "\u200B", StringComparison.Ordinal)
                .Replace(" and then the definition: ", "\n\n", StringComparison.Ordinal));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void UnsafeLinkOrImageIsRenderedAsPlainText(string markdown)
    {
        var html = _renderer.Render(markdown).Html;
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("a[href]:not([href^='http']):not([href^='mailto'])"));
        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.False(string.IsNullOrWhiteSpace(document.Body!.TextContent), "the link's words are kept as text");
    }

    [Fact]
    public void TheUnsafeExampleFileHasAtLeastFifteenCases() => Assert.True(Cases().Count >= 15);

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("Text <span onmouseover=\"alert(1)\">hover</span> inline")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>")]
    public void RawHtmlIsShownAsTextNeverAsMarkup(string markdown)
    {
        var document = new HtmlParser().ParseDocument(_renderer.Render(markdown).Html);

        Assert.Empty(document.QuerySelectorAll("script, img, iframe, span, a"));
        Assert.DoesNotContain(document.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        Assert.Contains("<", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AttributeSyntaxIsNotAnEscapeHatch()
    {
        var document = new HtmlParser().ParseDocument(_renderer.Render("[x](https://example.org){onclick=alert(1)}").Html);

        Assert.Null(document.QuerySelector("a")!.GetAttribute("onclick"));
    }

    [Fact]
    public void QuotesInALinkTitleCannotBreakOutOfTheAttribute()
    {
        var document = new HtmlParser().ParseDocument(
            _renderer.Render("[x](https://example.org \"a\\\" onmouseover=\\\"alert(1)\")").Html);

        var link = Assert.Single(document.QuerySelectorAll("a"));
        Assert.Null(link.GetAttribute("onmouseover"));
    }

    [Theory]
    [InlineData("https://example.org/a")]
    [InlineData("http://example.org")]
    [InlineData("mailto:team@example.org")]
    [InlineData("/conditions/osteopetrosis")]
    [InlineData("/conditions/osteopetrosis#diagnosis")]
    [InlineData("#ref-1")]
    [InlineData("../glossary")]
    [InlineData("/search?q=a:b")]
    public void SafeUrlsStayLinks(string url)
    {
        var document = new HtmlParser().ParseDocument(_renderer.Render($"[x]({url})").Html);

        Assert.Equal(url, Assert.Single(document.QuerySelectorAll("a")).GetAttribute("href"));
    }
}
