namespace BoneInfo.Web.Search;

/// <summary>Finds features that tell a candidate apart from its closest rivals.</summary>
public static class Distinctions
{
    private static readonly string[] Common = ["very frequent", "frequent"];

    public static IReadOnlyList<Distinction> Between(CatalogEntry candidate, IEnumerable<CatalogEntry> rivals)
    {
        var found = new List<Distinction>();
        foreach (var rival in rivals.Where(r => r.Phenotypes.Any()))
        {
            foreach (var feature in candidate.Phenotypes.Where(p => Common.Contains(p.Frequency)).OrderByDescending(p => p.Weight))
            {
                var inRival = rival.Phenotypes.Where(p => SymptomMatcher.SameFeature(feature.Label, p.Label)).Select(p => (ArticleFeature?)p).FirstOrDefault();
                if (inRival is null || inRival.Value.Frequency is "rare" or "occasional")
                {
                    found.Add(new Distinction(feature.Label.Label, feature.Frequency!, rival.Title, inRival?.Frequency));
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
