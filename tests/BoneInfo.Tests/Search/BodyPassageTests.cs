using BoneInfo.Web.Search;

namespace BoneInfo.Tests.Search;

[Trait("Category", "Unit")]
public class BodyPassageTests
{
    private static HashSet<string> Stems(params string[] words) => words.Select(SearchText.Stem).ToHashSet();

    [Fact]
    public void ThePassageWithTheMostDifferentWordsIsShownWithThoseWordsMarked()
    {
        var body = "Calcium is measured often. " + string.Concat(Enumerable.Repeat("Nothing relevant here at all. ", 20))
            + "In infants, low calcium and raised phosphate point to the diagnosis.";

        var html = BodyPassage.Build(body, Stems("calcium", "phosphate", "infants"))!;

        Assert.Contains("<mark>infants</mark>", html, StringComparison.Ordinal);
        Assert.Contains("<mark>calcium</mark> and raised <mark>phosphate</mark>", html, StringComparison.Ordinal);
        Assert.StartsWith("…", html, StringComparison.Ordinal);
    }

    [Fact]
    public void WordsAreMatchedByStemAndWithoutAccents()
    {
        var html = BodyPassage.Build("Albers-Schönberg described fractures in 1904.", Stems("schonberg", "fracture"))!;

        Assert.Contains("<mark>Schönberg</mark>", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("<mark>fractures</mark>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTextAroundTheMarksIsEscaped()
    {
        var html = BodyPassage.Build("Typing <script>alert(1)</script> does nothing.", Stems("alert"))!;

        Assert.Contains("&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ABodyWithoutTheWordsHasNoSnippet()
    {
        Assert.Null(BodyPassage.Build("Dense bones break easily.", Stems("kidney")));
    }
}
