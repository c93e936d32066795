namespace BoneInfo.Web.Search;

/// <summary>One thing the searcher asked for: a word or lexicon phrase, with everything it may also be called.</summary>
public sealed record Concept(string Typed, IReadOnlyList<string[]> Alternatives)
{
    public bool IsSingleWord => Alternatives.Count == 1 && Alternatives[0].Length == 1;
}

/// <summary>One finding of a symptom query ("high calcium"), made of concepts.</summary>
public sealed record Finding(string Text, IReadOnlyList<Concept> Concepts);

/// <summary>A query as search understands it: findings of concepts, ready to become an FTS5 expression.</summary>
public sealed record SearchQuery(string Text, IReadOnlyList<Finding> Findings)
{
    /// <summary>Each distinct concept once, in order: a word typed ten times is still one thing asked for.</summary>
    public IReadOnlyList<Concept> Concepts { get; } = Findings.SelectMany(f => f.Concepts).DistinctBy(c => c.Typed, StringComparer.Ordinal).ToList();

    public bool IsEmpty => Concepts.Count == 0;

    /// <summary>
    /// An FTS5 expression that is always valid: every word comes from <see cref="SearchText.Words"/> (letters and
    /// digits only) and is quoted, so nothing the user typed can act as FTS5 syntax.
    /// </summary>
    public string ToFtsExpression() => ToFtsExpression(Concepts);

    /// <summary>The FTS5 expression for some of the query's concepts: any of them, in any of their spellings.</summary>
    public static string ToFtsExpression(IEnumerable<Concept> concepts) =>
        string.Join(" OR ", concepts.Select(c => "(" + string.Join(" OR ", c.Alternatives.Select(a => $"\"{string.Join(' ', a)}\"")) + ")"));
}
