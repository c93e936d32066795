using BoneInfo.Web.Articles;

namespace BoneInfo.Web.Search;

/// <summary>A phenotype or lab result of an article that one of the searcher's findings matched.</summary>
public sealed record MatchedFinding(string Finding, string Label, string? Plain, string Kind, string? Frequency, IReadOnlySet<string> MatchedStems);

/// <summary>
/// Scores how well the findings of a query match an article's phenotypes (weighted by Orphanet frequency band)
/// and lab results (matched with their direction: "low ALP" matches an ALP result only if it is low).
/// </summary>
public static class SymptomMatcher
{
    private const double MinimumQuality = 0.5;
    private static readonly Dictionary<string, string> Directions = new(StringComparer.Ordinal)
    {
        ["low"] = "low", ["lower"] = "low", ["decreased"] = "low", ["reduced"] = "low", ["deficient"] = "low", ["deficiency"] = "low",
        ["high"] = "high", ["higher"] = "high", ["raised"] = "high", ["elevated"] = "high", ["increased"] = "high", ["excess"] = "high",
    };

    public static double BandWeight(string? band) => band switch
    {
        "very frequent" => 1.0,
        "frequent" => 0.8,
        "occasional" => 0.55,
        "rare" => 0.3,
        _ => 0.5,
    };

    /// <summary>Average over findings of the best match's quality times its weight (0 to 1), and the matches.</summary>
    public static (double Score, List<MatchedFinding> Matches) Match(SearchQuery query, ArticleMetadata metadata)
    {
        var phenotypes = metadata.Phenotypes.Select(p => (Phenotype: p, Stems: Stems(p.Label + " " + p.Plain))).ToList();
        var labs = metadata.Labs.Select(l => (Lab: l, Stems: Stems(l.Test + " " + l.Note))).ToList();
        var matches = new List<MatchedFinding>();
        var total = 0.0;
        foreach (var finding in query.Findings)
        {
            (double Score, MatchedFinding? Match) best = (0, null);
            foreach (var (p, stems) in phenotypes)
            {
                var (quality, matched) = Quality(finding.Concepts, stems, ignoreDirections: false);
                var score = quality * BandWeight(p.Frequency);
                if (quality >= MinimumQuality && score > best.Score)
                {
                    best = (score, new MatchedFinding(finding.Text, p.Label, p.Plain, "feature", p.Frequency, matched));
                }
            }
            var direction = DirectionOf(finding);
            foreach (var (lab, stems) in labs.Where(l => direction is not null && l.Lab.Direction == direction))
            {
                var (quality, matched) = Quality(finding.Concepts, stems, ignoreDirections: true);
                if (quality >= MinimumQuality && quality > best.Score)
                {
                    best = (quality, new MatchedFinding(finding.Text, $"{lab.Test}: {lab.Direction}", lab.Note, "lab", null, matched));
                }
            }
            if (best.Match is not null)
            {
                matches.Add(best.Match);
                total += best.Score;
            }
        }
        return (query.Findings.Count == 0 ? 0 : total / query.Findings.Count, matches);
    }

    public static HashSet<string> Stems(string text) => Text.Words(text).Select(Text.Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether two feature labels describe the same thing (used to tell conditions apart).</summary>
    public static bool SameFeature(Phenotype a, Phenotype b)
    {
        var left = Stems(a.Label);
        var right = Stems(b.Label);
        return left.Count > 0 && (double)left.Intersect(right).Count() / Math.Min(left.Count, Math.Max(1, right.Count)) >= 0.6;
    }

    private static string? DirectionOf(Finding finding) =>
        finding.Concepts.SelectMany(c => c.Alternatives).SelectMany(a => a)
            .Select(w => Directions.GetValueOrDefault(w)).FirstOrDefault(d => d is not null);

    private static (double Quality, IReadOnlySet<string> Matched) Quality(IReadOnlyList<Concept> concepts, HashSet<string> target, bool ignoreDirections)
    {
        var counted = 0;
        var hits = 0;
        var matched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var concept in concepts)
        {
            var alternatives = concept.Alternatives
                .Select(a => a.Where(w => !ignoreDirections || !Directions.ContainsKey(w)).Select(Text.Stem).ToArray())
                .Where(a => a.Length > 0)
                .ToList();
            if (alternatives.Count == 0)
            {
                continue; // a direction word, judged separately for labs
            }
            counted++;
            var hit = alternatives.FirstOrDefault(a => a.All(target.Contains));
            if (hit is not null)
            {
                hits++;
                matched.UnionWith(hit);
            }
        }
        return (counted == 0 ? 0 : (double)hits / counted, matched);
    }
}
