using BoneInfo.Web.Editing;

namespace BoneInfo.Tests.Editing;

[Trait("Category", "Unit")]
public class RevisionDiffTests
{
    [Fact]
    public void AChangedWordIsMarkedDeletedOnOneSideAndInsertedOnTheOther()
    {
        var rows = RevisionDiff.Build("Bones are dense.\nSame line.", "Bones are brittle.\nSame line.");

        var changed = Assert.Single(rows, r => r.Changed);
        Assert.Contains(changed.Old, r => r.Kind == DiffKind.Deleted && r.Text.Contains("dense", StringComparison.Ordinal));
        Assert.Contains(changed.New, r => r.Kind == DiffKind.Inserted && r.Text.Contains("brittle", StringComparison.Ordinal));
        Assert.Contains(changed.New, r => r.Kind == DiffKind.Same && r.Text.Contains("Bones", StringComparison.Ordinal));
    }

    [Fact]
    public void AnAddedLineHasNoBeforeSide()
    {
        var rows = RevisionDiff.Build("One.", "One.\nTwo.");

        var added = rows.Single(r => r.Changed);
        Assert.Null(added.OldNumber);
        Assert.Equal("Two.", string.Concat(added.New.Select(r => r.Text)));
    }

    [Fact]
    public void IdenticalTextsHaveNoChanges() => Assert.False(RevisionDiff.HasChanges(RevisionDiff.Build("Same\r\ntext", "Same\ntext")));
}
