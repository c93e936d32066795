namespace BoneInfo.Web.Search;

/// <summary>
/// How much of a query is an article's name: its title, another name or a gene symbol. "Low ALP" is all name for
/// the low alkaline phosphatase article (ALP is a lexicon synonym); "CLCN7 mutation" is half name for osteopetrosis.
/// </summary>
public static class NameMatcher
{
    /// <summary>A name as matching sees it: stemmed words without stop words.</summary>
    public static string[] Stems(string name) => SearchText.Words(name).Where(w => !SearchText.IsStopWord(w)).Select(SearchText.Stem).ToArray();

    /// <summary>
    /// A name and, when it ends with an abbreviation in brackets ("Primary hyperparathyroidism (PHPT)"), each part
    /// alone: a searcher types one or the other, never both.
    /// </summary>
    public static IEnumerable<string> Variants(string name)
    {
        yield return name;
        var open = name.LastIndexOf('(');
        if (open > 0 && name.EndsWith(')'))
        {
            yield return name[..open].Trim();
            yield return name[(open + 1)..^1].Trim();
        }
    }

    /// <summary>
    /// The share of the query's concepts that spell out the whole name, squared: a name that is the whole query
    /// counts fully; one that covers half of a list of findings counts a quarter, so a condition explaining all
    /// the findings can beat a test explainer named after one of them.
    /// </summary>
    public static double Coverage(QueryPlan plan, string[] name)
    {
        if (plan.NameConcepts.Count == 0 || name.Length == 0)
        {
            return 0;
        }
        var coverage = (double)LongestCover(plan.NameConcepts, name) / plan.NameConcepts.Count;
        return coverage * coverage;
    }

    /// <summary>The number of consecutive concepts that spell out the whole name, or 0.</summary>
    private static int LongestCover(IReadOnlyList<string[][]> concepts, string[] name)
    {
        for (var start = 0; start < concepts.Count; start++)
        {
            var (position, used) = (0, 0);
            while (position < name.Length && start + used < concepts.Count)
            {
                var matched = concepts[start + used]
                    .Where(a => position + a.Length <= name.Length && a.AsSpan().SequenceEqual(name.AsSpan(position, a.Length)))
                    .MaxBy(a => a.Length);
                if (matched is null)
                {
                    break;
                }
                position += matched.Length;
                used++;
            }
            if (position == name.Length)
            {
                return used;
            }
        }
        return 0;
    }
}
