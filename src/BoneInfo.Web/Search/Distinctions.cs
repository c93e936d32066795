using BoneInfo.Web.Articles;

namespace BoneInfo.Web.Search;

/// <summary>Finds features that tell a candidate apart from its closest rivals.</summary>
public static class Distinctions
{
    private static readonly string[] Common = ["very frequent", "frequent"];

    public static IReadOnlyList<Distinction> Between((string Title, ArticleMetadata Metadata) candidate, IEnumerable<(string Title, ArticleMetadata Metadata)> rivals)
    {
        var found = new List<Distinction>();
        foreach (var rival in rivals.Where(r => r.Metadata.Phenotypes.Count > 0))
        {
            foreach (var feature in candidate.Metadata.Phenotypes.Where(p => Common.Contains(p.Frequency)).OrderByDescending(p => SymptomMatcher.BandWeight(p.Frequency)))
            {
                var inRival = rival.Metadata.Phenotypes.FirstOrDefault(p => SymptomMatcher.SameFeature(feature, p));
                if (inRival is null || inRival.Frequency is "rare" or "occasional")
                {
                    found.Add(new Distinction(feature.Label, feature.Frequency, rival.Title, inRival?.Frequency));
                    break;
                }
            }
            if (found.Count == 2)
            {
                break;
            }
        }
        return found;
    }
}
