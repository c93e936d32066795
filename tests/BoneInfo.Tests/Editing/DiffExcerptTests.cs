using BoneInfo.Web.Editing;

namespace BoneInfo.Tests.Editing;

[Trait("Category", "Unit")]
public class DiffExcerptTests
{
    private static readonly string Before = string.Join("\n", Enumerable.Range(1, 20).Select(i => $"Line {i}."));

    [Fact]
    public void OnlyChangedLinesAndTwoLinesAroundThemAreKeptWithGapsForTheRest()
    {
        var rows = RevisionDiff.Build(Before, Before.Replace("Line 10.", "Line ten.", StringComparison.Ordinal));

        var excerpt = DiffExcerpt.AroundChanges(rows);

        Assert.Equal([null, 8, 9, 10, 11, 12, null], excerpt.Select(r => r.OldNumber));
        Assert.Same(DiffExcerpt.Gap, excerpt[0]);
        Assert.Same(DiffExcerpt.Gap, excerpt[^1]);
    }

    [Fact]
    public void ChangesAtTheEdgesNeedNoGapThere()
    {
        var after = Before.Replace("Line 1.", "Line one.", StringComparison.Ordinal).Replace("Line 20.", "Line twenty.", StringComparison.Ordinal);

        var excerpt = DiffExcerpt.AroundChanges(RevisionDiff.Build(Before, after));

        Assert.Equal([1, 2, 3, null, 18, 19, 20], excerpt.Select(r => r.OldNumber));
    }

    [Fact]
    public void IdenticalTextsLeaveOneGap() =>
        Assert.Equal([DiffExcerpt.Gap], DiffExcerpt.AroundChanges(RevisionDiff.Build(Before, Before)));
}
