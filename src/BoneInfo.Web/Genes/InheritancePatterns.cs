using BoneInfo.Web.Articles;

namespace BoneInfo.Web.Genes;

/// <summary>The Mendelian patterns BoneInfo explains with a diagram, in the order pages show them.</summary>
public enum InheritancePattern
{
    AutosomalRecessive,
    AutosomalDominant,
    XLinkedRecessive,
    XLinkedDominant,
}

/// <summary>Reads the patterns out of the inheritance text articles write ("Autosomal dominant (most ADO) or autosomal recessive").</summary>
public static class InheritancePatterns
{
    public static IReadOnlySet<InheritancePattern> Of(string? text)
    {
        var found = new SortedSet<InheritancePattern>();
        var t = text?.ToLowerInvariant() ?? "";
        if (t.Contains("autosomal recessive", StringComparison.Ordinal))
        {
            found.Add(InheritancePattern.AutosomalRecessive);
        }
        if (t.Contains("autosomal dominant", StringComparison.Ordinal))
        {
            found.Add(InheritancePattern.AutosomalDominant);
        }
        if (t.Contains("x-linked recessive", StringComparison.Ordinal))
        {
            found.Add(InheritancePattern.XLinkedRecessive);
        }
        if (t.Contains("x-linked dominant", StringComparison.Ordinal))
        {
            found.Add(InheritancePattern.XLinkedDominant);
        }
        return found;
    }

    /// <summary>
    /// The patterns of an article: those its genes state; without genes, those of its inheritance line, unless
    /// that line says the condition is (usually) not inherited, where a diagram would suggest otherwise.
    /// </summary>
    public static IReadOnlySet<InheritancePattern> Of(ArticleMetadata metadata)
    {
        if (metadata.Genes.Count > 0)
        {
            return new SortedSet<InheritancePattern>(metadata.Genes.SelectMany(g => Of(g.Inheritance)));
        }
        var line = metadata.Inheritance ?? "";
        return line.Contains("not inherited", StringComparison.OrdinalIgnoreCase) ? new SortedSet<InheritancePattern>() : Of(line);
    }

    /// <summary>"Autosomal recessive or autosomal dominant".</summary>
    public static string Describe(IEnumerable<InheritancePattern> patterns) => Sentence(patterns.Select(Name), "or");

    /// <summary>"Autosómica recesiva o autosómica dominante".</summary>
    public static string DescribeInSpanish(IEnumerable<InheritancePattern> patterns) => Sentence(patterns.Select(SpanishName), "o");

    private static string Sentence(IEnumerable<string> names, string or)
    {
        // Later names in lower case, except X-linked, whose X stays a capital.
        var list = names.Select((n, i) => i == 0 || n.StartsWith('X') ? n : char.ToLowerInvariant(n[0]) + n[1..]).ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list[..^1])} {or} {list[^1]}";
    }

    public static string Name(InheritancePattern pattern) => pattern switch
    {
        InheritancePattern.AutosomalRecessive => "Autosomal recessive",
        InheritancePattern.AutosomalDominant => "Autosomal dominant",
        InheritancePattern.XLinkedRecessive => "X-linked recessive",
        _ => "X-linked dominant",
    };

    public static string SpanishName(InheritancePattern pattern) => pattern switch
    {
        InheritancePattern.AutosomalRecessive => "Autosómica recesiva",
        InheritancePattern.AutosomalDominant => "Autosómica dominante",
        InheritancePattern.XLinkedRecessive => "Recesiva ligada al cromosoma X",
        _ => "Dominante ligada al cromosoma X",
    };
}
