namespace BoneInfo.Web.Search;

/// <summary>
/// A query prepared once per search for matching in memory: every concept's alternatives already split and
/// stemmed, so scoring thousands of articles never stems a word twice.
/// </summary>
public sealed class QueryPlan
{
    /// <param name="query">The parsed query: its concepts are matched against names and text.</param>
    /// <param name="findings">What is matched against features, if not the query's own findings.</param>
    public QueryPlan(SearchQuery query, IEnumerable<Finding>? findings = null)
    {
        Query = query;
        Concepts = query.Concepts.ToList();
        Findings = (findings ?? query.Findings).Select(f => new FindingPlan(f)).ToList();
        NameConcepts = Concepts
            .Select(c => c.Alternatives.Select(a => a.Where(w => !SearchText.IsStopWord(w)).Select(SearchText.Stem).ToArray()).Where(a => a.Length > 0).ToArray())
            .ToList();
        Stems = Findings.SelectMany(f => f.AllStems).Concat(NameConcepts.SelectMany(c => c.SelectMany(a => a))).ToHashSet(StringComparer.Ordinal);
    }

    public SearchQuery Query { get; }

    /// <summary>Each distinct concept once, in the order typed.</summary>
    public IReadOnlyList<Concept> Concepts { get; }

    public IReadOnlyList<FindingPlan> Findings { get; }

    /// <summary>Per concept, its alternatives stemmed without stop words (for matching names).</summary>
    public IReadOnlyList<string[][]> NameConcepts { get; }

    /// <summary>Every stem any part of the query could match.</summary>
    public IReadOnlySet<string> Stems { get; }
}

/// <summary>One finding's concepts stemmed two ways: as typed, and without direction words (for lab results).</summary>
public sealed class FindingPlan
{
    public FindingPlan(Finding finding)
    {
        Text = finding.Text;
        Concepts = Stemmed(finding, ignoreDirections: false);
        ConceptsWithoutDirections = Stemmed(finding, ignoreDirections: true);
        Direction = finding.Concepts.SelectMany(c => c.Alternatives).SelectMany(a => a)
            .Select(w => LabDirections.Of(w)).FirstOrDefault(d => d is not null);
        AllStems = Concepts.SelectMany(c => c.SelectMany(a => a)).Distinct(StringComparer.Ordinal).ToArray();
        StemSet = AllStems.ToHashSet(StringComparer.Ordinal);
        LabStems = ConceptsWithoutDirections.SelectMany(c => c.SelectMany(a => a)).Distinct(StringComparer.Ordinal).ToArray();
    }

    public string Text { get; }

    /// <summary>"low", "high" or "normal" when the finding names a direction, which a lab result must share.</summary>
    public string? Direction { get; }

    public IReadOnlyList<string[][]> Concepts { get; }

    public IReadOnlyList<string[][]> ConceptsWithoutDirections { get; }

    /// <summary>Every stem of the finding, each once: a phenotype label must contain one of them to match.</summary>
    public IReadOnlyList<string> AllStems { get; }

    /// <summary>The same, for a quick test: a label sharing none of them cannot match.</summary>
    public IReadOnlySet<string> StemSet { get; }

    /// <summary>The stems without direction words: a lab result must contain one of them to match.</summary>
    public IReadOnlyList<string> LabStems { get; }

    /// <summary>Concepts with no word left (a direction word, when directions are ignored) are dropped.</summary>
    private static List<string[][]> Stemmed(Finding finding, bool ignoreDirections) =>
        finding.Concepts
            .Select(c => c.Alternatives
                .Select(a => a.Where(w => !ignoreDirections || LabDirections.Of(w) is null).Select(SearchText.Stem).ToArray())
                .Where(a => a.Length > 0)
                .ToArray())
            .Where(alternatives => alternatives.Length > 0)
            .ToList();
}

/// <summary>Words that say which way a lab result went.</summary>
public static class LabDirections
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["low"] = "low", ["lower"] = "low", ["decreased"] = "low", ["reduced"] = "low", ["deficient"] = "low", ["deficiency"] = "low",
        ["high"] = "high", ["higher"] = "high", ["raised"] = "high", ["elevated"] = "high", ["increased"] = "high", ["excess"] = "high",
        ["normal"] = "normal",
    };

    public static string? Of(string word) => Words.GetValueOrDefault(word);
}
