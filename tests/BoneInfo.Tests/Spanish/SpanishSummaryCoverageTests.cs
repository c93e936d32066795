using BoneInfo.Tests.Content;

namespace BoneInfo.Tests.Spanish;

/// <summary>Every article has its Spanish summary (issue 14: all articles get one).</summary>
[Trait("Category", "Unit")]
public sealed class SpanishSummaryCoverageTests
{
    [Fact]
    public void EveryArticleHasASpanishSummary()
    {
        var missing = ContentLibrary.Articles.Values.Where(a => string.IsNullOrWhiteSpace(a.Metadata.SummaryEs)).Select(a => a.Slug).Order().ToList();

        Assert.True(missing.Count == 0, "no summary_es: " + string.Join(", ", missing));
    }
}
