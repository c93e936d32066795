namespace BoneInfo.Web.Search;

/// <summary>A phenotype or lab result of an article that one of the searcher's findings matched.</summary>
public sealed record MatchedFinding(string Finding, string Label, string? Plain, string Kind, string? Frequency, IReadOnlySet<string> MatchedStems);

/// <summary>
/// Scores how well the findings of a query match an article's phenotypes (weighted by Orphanet frequency band)
/// and lab results (matched with their direction: "low ALP" matches an ALP result only if it is low).
/// <see cref="SearchCatalog"/> applies the same rules to every article at once; this explains the few shown.
/// </summary>
public static class SymptomMatcher
{
    public const double MinimumQuality = 0.5;

    public static double BandWeight(string? band) => band switch
    {
        "very frequent" => 1.0,
        "frequent" => 0.8,
        "occasional" => 0.55,
        "rare" => 0.3,
        _ => 0.5,
    };

    /// <summary>Average over findings of the best match's quality times its weight (0 to 1), and the matches.</summary>
    public static (double Score, List<MatchedFinding> Matches) Match(QueryPlan plan, IReadOnlyList<ArticleFeature> features)
    {
        var matches = new List<MatchedFinding>();
        var total = 0.0;
        foreach (var finding in plan.Findings)
        {
            (double Score, ArticleFeature? Feature) best = (0, null);
            foreach (var feature in features)
            {
                var (label, frequency, _) = feature;
                if ((label.IsLab && label.Direction != finding.Direction) || !finding.StemSet.Overlaps(label.Stems))
                {
                    continue;
                }
                var quality = QualityOfFeature(finding, label);
                var score = label.IsLab ? quality : quality * BandWeight(frequency);
                if (quality >= MinimumQuality && score > best.Score)
                {
                    best = (score, feature);
                }
            }
            if (best.Feature is { } f)
            {
                var matched = MatchedStems(f.Label.IsLab ? finding.ConceptsWithoutDirections : finding.Concepts, f.Label.Stems);
                matches.Add(f.Label.IsLab
                    ? new MatchedFinding(finding.Text, $"{f.Label.Label}: {f.Label.Direction}", f.Note, "lab", null, matched)
                    : new MatchedFinding(finding.Text, f.Label.Label, f.Label.Plain, "feature", f.Frequency, matched));
                total += best.Score;
            }
        }
        return (plan.Findings.Count == 0 ? 0 : total / plan.Findings.Count, OncePerFeature(matches));
    }

    /// <summary>A feature several findings matched ("skull", "deafness" → hearing loss) is listed once, with all their words.</summary>
    private static List<MatchedFinding> OncePerFeature(List<MatchedFinding> matches) =>
        matches.GroupBy(m => (m.Label, m.Kind))
            .Select(g => g.First() with { MatchedStems = g.SelectMany(m => m.MatchedStems).ToHashSet(StringComparer.Ordinal) })
            .ToList();

    public static HashSet<string> Stems(string text) => SearchText.Words(text).Select(SearchText.Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether two feature labels describe the same thing (used to tell conditions apart).</summary>
    public static bool SameFeature(FeatureLabel a, FeatureLabel b) =>
        a.LabelStems.Count > 0 && (double)a.LabelStems.Count(b.LabelStems.Contains) / Math.Min(a.LabelStems.Count, Math.Max(1, b.LabelStems.Count)) >= 0.6;

    /// <summary>The share of concepts one of whose alternatives the label contains in full.</summary>
    /// <summary>
    /// How well a finding matches a feature: a lab result by its words without the direction (which must agree),
    /// a phenotype by all its words, but never by a direction word alone ("normal vit d" is not "normocytic").
    /// </summary>
    public static double QualityOfFeature(FindingPlan finding, FeatureLabel label)
    {
        if (label.IsLab)
        {
            return QualityOf(finding.ConceptsWithoutDirections, label.Stems);
        }
        var quality = QualityOf(finding.Concepts, label.Stems);
        return finding.Direction is not null && quality > 0 && QualityOf(finding.ConceptsWithoutDirections, label.Stems) == 0 ? 0 : quality;
    }

    public static double QualityOf(IReadOnlyList<string[][]> concepts, IReadOnlySet<string> target)
    {
        var hits = 0;
        foreach (var alternatives in concepts)
        {
            if (FirstContained(alternatives, target) is not null)
            {
                hits++;
            }
        }
        return concepts.Count == 0 ? 0 : (double)hits / concepts.Count;
    }

    /// <summary>The stems of the label that the concepts matched (for highlighting).</summary>
    public static IReadOnlySet<string> MatchedStems(IReadOnlyList<string[][]> concepts, IReadOnlySet<string> target) =>
        concepts.Select(c => FirstContained(c, target)).OfType<string[]>().SelectMany(a => a).ToHashSet(StringComparer.Ordinal);

    private static string[]? FirstContained(string[][] alternatives, IReadOnlySet<string> target)
    {
        foreach (var alternative in alternatives)
        {
            var all = true;
            foreach (var stem in alternative)
            {
                all &= target.Contains(stem);
            }
            if (all)
            {
                return alternative;
            }
        }
        return null;
    }
}
