using BoneInfo.Web.Articles;

namespace BoneInfo.Web.Search;

/// <summary>
/// How much of a query is an article's name: its title, another name or a gene symbol. "Low ALP" is all name for
/// the low alkaline phosphatase article (ALP is a lexicon synonym); "CLCN7 mutation" is half name for osteopetrosis.
/// </summary>
public static class NameMatcher
{
    public static double Score(SearchQuery query, string title, ArticleMetadata metadata)
    {
        var concepts = query.Concepts.ToList();
        if (concepts.Count == 0)
        {
            return 0;
        }
        var names = new[] { title }.Concat(metadata.OtherNames).Concat(metadata.Genes.Select(g => g.Symbol));
        var best = 0;
        foreach (var name in names)
        {
            var words = Text.Words(name).Where(w => !Text.IsStopWord(w)).Select(Text.Stem).ToArray();
            if (words.Length > 0)
            {
                best = Math.Max(best, LongestCover(concepts, words));
            }
        }
        // Squared: a name that is the whole query counts fully; one that covers half of a list of findings counts
        // a quarter, so a condition explaining all the findings can beat a test explainer named after one of them.
        var coverage = (double)best / concepts.Count;
        return coverage * coverage;
    }

    /// <summary>The number of consecutive concepts that spell out the whole name, or 0.</summary>
    private static int LongestCover(List<Concept> concepts, string[] name)
    {
        for (var start = 0; start < concepts.Count; start++)
        {
            var (position, used) = (0, 0);
            while (position < name.Length && start + used < concepts.Count)
            {
                var matched = concepts[start + used].Alternatives
                    .Select(a => a.Where(w => !Text.IsStopWord(w)).Select(Text.Stem).ToArray())
                    .Where(a => a.Length > 0 && position + a.Length <= name.Length && a.SequenceEqual(name.Skip(position).Take(a.Length)))
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
