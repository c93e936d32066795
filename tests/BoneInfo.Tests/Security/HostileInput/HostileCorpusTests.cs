namespace BoneInfo.Tests.Security.HostileInput;

/// <summary>The corpus file reads as README.md says, and the reflection check tells markup from escaped text.</summary>
[Trait("Category", "Unit")]
public sealed class HostileCorpusTests
{
    private static readonly string[] Categories =
    [
        "unicode", "invalid-utf8", "long", "control", "null", "sql", "fts5", "tsquery", "like", "path", "html", "markdown",
        "format", "yaml", "crlf", "json", "number", "date", "email", "identifier",
    ];

    [Fact]
    public void TheCorpusHoldsAtLeast400StringsInEveryCategory()
    {
        var corpus = HostileCorpus.All;

        Assert.True(corpus.Count >= 400, $"{corpus.Count} strings");
        Assert.Equal(Categories.Order(), corpus.Select(s => s.Category).Distinct().Order());
        Assert.All(Categories, c => Assert.True(corpus.Count(s => s.Category == c) >= 10, $"{c} has fewer than 10 strings"));
        Assert.Contains(corpus, s => s.Text.Length >= 100_000);
        Assert.Contains(corpus, s => s.Text.Contains('\0', StringComparison.Ordinal));
    }

    [Fact]
    public void EscapesAndRepeatMarkersDecode()
    {
        Assert.Equal("a\nxyxyxyA\u202E{repeat:b:2} #\t", HostileCorpus.Unescape(@"a\n{repeat:xy:3}\u0041\u202E\{repeat:b:2}\s\#\t"));
        Assert.Equal("HP:1 HP:1 ", HostileCorpus.Unescape("{repeat:HP:1 :2}"));
        Assert.Equal(new string('\0', 3), HostileCorpus.Unescape(@"{repeat:\0:3}"));
    }

    [Theory]
    [InlineData(@"\q")]
    [InlineData(@"\u12")]
    [InlineData(@"ends with \")]
    public void UnknownOrShortEscapesAreRefusedSoATypoCannotHideAString(string line) =>
        Assert.Throws<FormatException>(() => HostileCorpus.Unescape(line));

    [Fact]
    public void RawLinesKeepTheirBytesAndLoneSurrogatesTravelAsReplacementCharacters()
    {
        var parsed = HostileCorpus.Parse(["@category t", "{raw}%C0%AF", @"a\uD800b"]);

        Assert.Equal("%C0%AF", parsed[0].Encoded);
        Assert.True(parsed[0].IsRaw);
        Assert.Equal("a\uFFFDb", parsed[1].Text);
        Assert.Equal("a%EF%BF%BDb", parsed[1].Encoded);
    }

    [Theory]
    [InlineData("<p><bi-x9 onload=bix9()></p>")]
    [InlineData("<p><a href=\"javascript:bix9()\">x</a></p>")]
    [InlineData("<p><a href=\" JaVa\tScRiPt:bix9()\">x</a></p>")]
    [InlineData("<input value=\"\" onmouseover=\"bix9()\">")]
    [InlineData("<p><img src=x onerror=bix9()></p>")]
    [InlineData("<p><script>bix9()</script></p>")]
    [InlineData("<svg><a xlink:href=\"javascript:bix9()\"><text>x</text></a></svg>")]
    public void MarkupFromTheInputIsCaught(string html) =>
        Assert.NotEmpty(MarkupReflection.Problems("text/html; charset=utf-8", html, []));

    [Theory]
    [InlineData("<p>&lt;bi-x9 onload=bix9()&gt;</p>")]
    [InlineData("<input value=\"&quot; onmouseover=&quot;bix9()\">")]
    [InlineData("<textarea>&lt;/textarea&gt;&lt;script&gt;bix9()&lt;/script&gt;</textarea>")]
    [InlineData("<a href=\"/search?q=javascript%3Abix9()\">x</a>")]
    [InlineData("<script type=\"application/ld+json\">{\"name\":\"\\u003Cbi-x9\\u003E bix9()\"}</script>")]
    public void EscapedTextIsNotMarkup(string html) =>
        Assert.Empty(MarkupReflection.Problems("text/html; charset=utf-8", html, []));

    [Theory]
    [InlineData("Location", "//evil.example.org")]
    [InlineData("Location", "/\\evil.example.org")]
    [InlineData("Location", "https://evil.example.org/x")]
    [InlineData("Location", "javascript:bix9()")]
    [InlineData("X-Bix9", "1")]
    [InlineData("Set-Cookie", "bix9=1; path=/")]
    public void HeadersFromTheInputAndRedirectsOffTheSiteAreCaught(string name, string value) =>
        Assert.NotEmpty(MarkupReflection.Problems("text/plain", "", [KeyValuePair.Create(name, value)]));

    [Fact]
    public void AProtectedCookieValueThatHappensToHoldTheMarkerIsNotAnInjection() =>
        Assert.Empty(MarkupReflection.Problems("text/plain", "", [KeyValuePair.Create("Set-Cookie", ".AspNetCore.Mvc.CookieTempDataProvider=CfDJ8Bix9x-y; path=/")]));

    [Theory]
    [InlineData("/conditions/sample-condition")]
    [InlineData("https://localhost/admin")]
    [InlineData("/search?q=%3Cbi-x9%3E")]
    public void RedirectsWithinTheSiteAreFine(string location) =>
        Assert.Empty(MarkupReflection.Problems("text/plain", "", [KeyValuePair.Create("Location", location)]));
}
