namespace BoneInfo.Web.Editing;

/// <summary>The part of a diff worth reading: the changed rows with a few unchanged lines around each.</summary>
public static class DiffExcerpt
{
    /// <summary>A row standing for unchanged lines left out.</summary>
    public static readonly DiffRow Gap = new(null, [new DiffRun("…", DiffKind.Same)], null, [new DiffRun("…", DiffKind.Same)], false);

    public static IReadOnlyList<DiffRow> AroundChanges(IReadOnlyList<DiffRow> rows, int context = 2)
    {
        var keep = new bool[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Changed)
            {
                Array.Fill(keep, true, Math.Max(0, i - context), Math.Min(rows.Count, i + context + 1) - Math.Max(0, i - context));
            }
        }
        var excerpt = new List<DiffRow>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (keep[i])
            {
                excerpt.Add(rows[i]);
            }
            else if (i == 0 || keep[i - 1])
            {
                excerpt.Add(Gap);
            }
        }
        return excerpt;
    }
}
