using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace BoneInfo.Web.Editing;

/// <summary>One side of a changed line: runs of words, each unchanged, deleted or inserted.</summary>
public sealed record DiffRun(string Text, DiffKind Kind);

public enum DiffKind
{
    Same,
    Deleted,
    Inserted,
    Empty,
}

/// <summary>A row of a side-by-side diff: the line before and after (either may be absent).</summary>
public sealed record DiffRow(int? OldNumber, IReadOnlyList<DiffRun> Old, int? NewNumber, IReadOnlyList<DiffRun> New, bool Changed);

/// <summary>Side-by-side, line-and-word diff of two texts (DiffPlex), for conflicts and history.</summary>
public static class RevisionDiff
{
    private static readonly SideBySideDiffBuilder Builder = new(new Differ());

    public static IReadOnlyList<DiffRow> Build(string before, string after)
    {
        var model = Builder.BuildDiffModel(before.ReplaceLineEndings("\n"), after.ReplaceLineEndings("\n"), ignoreWhitespace: false);
        return model.OldText.Lines.Zip(model.NewText.Lines, (o, n) => new DiffRow(
            o.Position, Runs(o, DiffKind.Deleted), n.Position, Runs(n, DiffKind.Inserted),
            o.Type != ChangeType.Unchanged || n.Type != ChangeType.Unchanged)).ToList();
    }

    /// <summary>True when the two texts differ at all.</summary>
    public static bool HasChanges(IReadOnlyList<DiffRow> rows) => rows.Any(r => r.Changed);

    private static List<DiffRun> Runs(DiffPiece line, DiffKind changed) => line.Type switch
    {
        ChangeType.Imaginary => [new DiffRun("", DiffKind.Empty)],
        ChangeType.Unchanged => [new DiffRun(line.Text ?? "", DiffKind.Same)],
        ChangeType.Modified when line.SubPieces.Count > 0 => line.SubPieces
            .Where(p => p.Type != ChangeType.Imaginary)
            .Select(p => new DiffRun(p.Text ?? "", p.Type == ChangeType.Unchanged ? DiffKind.Same : changed))
            .ToList(),
        _ => [new DiffRun(line.Text ?? "", changed)],
    };
}
