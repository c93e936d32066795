using BoneInfo.Web.Articles;

namespace BoneInfo.Web.Search;

/// <summary>What <see cref="SearchCatalog"/> keeps of one published article: its names, stemmed, and its features.</summary>
public sealed record CatalogEntry(
    int Id, int Version, string Slug, string Title, ArticleKind Kind, IReadOnlyList<string> OtherNames, IReadOnlyList<string[]> Names, IReadOnlyList<ArticleFeature> Features)
{
    public IEnumerable<ArticleFeature> Phenotypes => Features.Where(f => !f.Label.IsLab);
}

/// <summary>One feature of one article: a shared label with this article's frequency band (phenotypes) or note (labs).</summary>
public readonly record struct ArticleFeature(FeatureLabel Label, string? Frequency, string? Note = null)
{
    public double Weight => Label.IsLab ? 1.0 : SymptomMatcher.BandWeight(Frequency);
}

/// <summary>
/// A distinct phenotype label (with its plain wording) or lab result (test and direction), stemmed once
/// however many articles list it, with the articles that do (slot → weight). A lab result is matched by its test
/// alone: notes are free text that differs from article to article, and would make every lab result distinct.
/// </summary>
public sealed class FeatureLabel
{
    private FeatureLabel(string label, string? plain, string? direction, string stemmedText)
    {
        Label = label;
        Plain = plain;
        Direction = direction;
        Stems = SymptomMatcher.Stems(stemmedText);
        LabelStems = SymptomMatcher.Stems(label);
    }

    public string Label { get; }

    public string? Plain { get; }

    /// <summary>"low" or "high" for a lab result; null for a phenotype.</summary>
    public string? Direction { get; }

    public bool IsLab => Direction is not null;

    /// <summary>Stems of the label and its plain wording (or of the test): what findings match.</summary>
    public IReadOnlySet<string> Stems { get; }

    /// <summary>Stems of the label alone: what decides that two articles list the same feature.</summary>
    public IReadOnlySet<string> LabelStems { get; }

    public Dictionary<int, double> Articles { get; } = [];

    /// <summary><see cref="Articles"/> as arrays, for ranking to walk; rebuilt by <see cref="Seal"/>.</summary>
    public (int[] Slots, double[] Weights) Postings { get; private set; } = ([], []);

    public void Seal() => Postings = (Articles.Keys.ToArray(), Articles.Values.ToArray());

    public static string KeyOf(Phenotype p) => $"p\u001f{p.Label}\u001f{p.Plain}";

    public static string KeyOf(LabResult l) => $"l\u001f{l.Test}\u001f{l.Direction}";

    public static FeatureLabel From(Phenotype p) => new(p.Label, p.Plain, null, p.Label + " " + p.Plain);

    public static FeatureLabel From(LabResult l) => new(l.Test, null, l.Direction, l.Test);
}

/// <summary>One distinct name (stemmed) and the articles that carry it.</summary>
public sealed class NameLabel(string[] stems)
{
    public string[] Stems { get; } = stems;

    public HashSet<int> Articles { get; } = [];
}
