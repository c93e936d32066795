using System.Buffers;

namespace BoneInfo.Web.Search;

/// <summary>
/// Scores every article of a <see cref="CatalogIndex"/> that matches the query by a finding or a name, plus the
/// articles full-text search found, and keeps the best. Work is done once per distinct label, then spread to
/// the articles that list it, so a label shared by thousands of articles is judged once.
/// </summary>
public static class CatalogRanker
{
    public delegate double Combine(double text, double findings, double name);

    /// <summary>How much a feature's extra words lower a match: a tie-breaker, never enough to undo a better match.</summary>
    private const double PrecisionShare = 0.15;

    // A private pool: arrays come back only from here, always cleared, so no renter sees another's scores.
    private static readonly ArrayPool<double> Scores = ArrayPool<double>.Create(1 << 24, 16);
    private static readonly ArrayPool<bool> Marks = ArrayPool<bool>.Create(1 << 24, 4);

    public static List<RankedEntry> Rank(CatalogIndex index, QueryPlan plan, IReadOnlyDictionary<int, double> textScores, Combine combine, int limit)
    {
        var size = index.SlotCount;
        var findings = Scores.Rent(size);
        var best = Scores.Rent(size);
        var names = Scores.Rent(size);
        var text = Scores.Rent(size);
        var touched = new List<int>();
        var seen = Marks.Rent(size);
        void Touch(int slot)
        {
            if (!seen[slot])
            {
                seen[slot] = true;
                touched.Add(slot);
            }
        }
        var clean = false;
        try
        {
            var totalWeight = 0.0;
            foreach (var finding in plan.Findings)
            {
                var bestTouched = new List<int>();
                var labs = finding.Direction is null ? [] : index.LabsWithAny(finding.Direction, finding.LabStems);
                foreach (var label in index.PhenotypesWithAny(finding.AllStems).Concat(labs))
                {
                    ScoreLabel(finding, label, best, bestTouched);
                }
                foreach (var name in index.NamesKeyedBy(finding.AllStems).Where(n => n.Stems.All(finding.StemSet.Contains)))
                {
                    ScoreName(finding, name, best, bestTouched);
                }
                var weight = Specificity(bestTouched.Count, index.Count);
                totalWeight += weight;
                foreach (var slot in bestTouched)
                {
                    findings[slot] += best[slot] * weight;
                    best[slot] = 0;
                    Touch(slot);
                }
            }
            foreach (var slot in touched.Where(_ => totalWeight > 0))
            {
                findings[slot] /= totalWeight;
            }
            foreach (var name in index.NamesKeyedBy(plan.Stems).Where(n => n.Stems.All(plan.Stems.Contains)))
            {
                var coverage = NameMatcher.Coverage(plan, name.Stems);
                foreach (var slot in name.Articles.Where(s => coverage > names[s]))
                {
                    names[slot] = coverage;
                    Touch(slot);
                }
            }
            foreach (var (id, score) in textScores)
            {
                if (index.TryGetSlot(id, out var slot))
                {
                    text[slot] = score;
                    Touch(slot);
                }
            }
            var ranked = Best(index, touched, slot => combine(text[slot], findings[slot], names[slot]), limit)
                .Select(r => new RankedEntry(index.Entry(r.Slot)!, r.Score, text[r.Slot], findings[r.Slot], names[r.Slot]))
                .ToList();
            clean = true;
            return ranked;
        }
        finally
        {
            Return(clean, touched, findings, best, names, text, seen);
        }
    }

    /// <summary>
    /// How much a finding counts: a finding few articles list says more than one most of them list ("Blue sclerae"
    /// against "Bone pain"), and a finding no article lists counts for nothing, so one unmatched item of a long
    /// pasted list cannot sink a good match. An inverse document frequency, at least 0.1 for the most common.
    /// </summary>
    public static double Specificity(int articlesMatched, int articles) =>
        articlesMatched == 0 ? 0 : Math.Max(0.1, Math.Log(1.0 + ((double)Math.Max(articles, articlesMatched) / articlesMatched)));

    /// <summary>Clears what was written and pools the arrays again; after a failure they are left to the collector.</summary>
    private static void Return(bool clean, List<int> touched, double[] findings, double[] best, double[] names, double[] text, bool[] seen)
    {
        if (clean)
        {
            foreach (var slot in touched)
            {
                (findings[slot], names[slot], text[slot], seen[slot]) = (0, 0, 0, false);
            }
            Scores.Return(findings);
            Scores.Return(best);
            Scores.Return(names);
            Scores.Return(text);
            Marks.Return(seen);
        }
    }

    /// <summary>Raises each listing article's best score for this finding to what this label gives it.</summary>
    private static void ScoreLabel(FindingPlan finding, FeatureLabel label, double[] best, List<int> bestTouched)
    {
        var isLab = label.Direction is not null;
        if (isLab && label.Direction != finding.Direction)
        {
            return;
        }
        var concepts = isLab ? finding.ConceptsWithoutDirections : finding.Concepts;
        var quality = SymptomMatcher.QualityOfFeature(finding, label);
        if (quality < SymptomMatcher.MinimumQuality)
        {
            return;
        }
        // Of two features that both hold the finding, the one described in fewer other words fits it better
        // ("bones look white on x-ray" against a feature saying just that, or one about the whole skeleton).
        var precision = (double)SymptomMatcher.MatchedStems(concepts, label.Stems).Count / Math.Max(1, label.Stems.Count);
        quality *= 1 - (PrecisionShare * (1 - precision));
        var (slots, weights) = label.Postings;
        for (var i = 0; i < slots.Length; i++)
        {
            var slot = slots[i];
            var score = isLab ? quality : quality * weights[i];
            if (score > best[slot])
            {
                if (best[slot] == 0)
                {
                    bestTouched.Add(slot);
                }
                best[slot] = score;
            }
        }
    }

    /// <summary>
    /// A finding that spells out an article's own name ("PHPT" for hyperparathyroidism) is that article's feature
    /// too, as much as a feature another article lists under that name.
    /// </summary>
    private static void ScoreName(FindingPlan finding, NameLabel name, double[] best, List<int> bestTouched)
    {
        var quality = SymptomMatcher.QualityOf(finding.Concepts, name.Stems.ToHashSet(StringComparer.Ordinal));
        if (quality < SymptomMatcher.MinimumQuality)
        {
            return;
        }
        foreach (var slot in name.Articles.Where(slot => quality > best[slot]))
        {
            if (best[slot] == 0)
            {
                bestTouched.Add(slot);
            }
            best[slot] = quality;
        }
    }

    /// <summary>The top <paramref name="limit"/> slots by score, ties broken by article id (oldest first).</summary>
    private static List<(int Slot, double Score)> Best(CatalogIndex index, List<int> slots, Func<int, double> score, int limit)
    {
        var heap = new PriorityQueue<(int Slot, double Score), (double Score, int NegativeId)>();
        foreach (var slot in slots)
        {
            var priority = (score(slot), -index.Entry(slot)!.Id);
            if (heap.Count < limit)
            {
                heap.Enqueue((slot, priority.Item1), priority);
            }
            else if (heap.TryPeek(out _, out var lowest) && priority.CompareTo(lowest) > 0)
            {
                heap.DequeueEnqueue((slot, priority.Item1), priority);
            }
        }
        var result = new List<(int Slot, double Score)>(heap.Count);
        while (heap.Count > 0)
        {
            result.Add(heap.Dequeue());
        }
        result.Reverse();
        return result;
    }
}
