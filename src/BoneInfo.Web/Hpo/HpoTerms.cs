using System.Text.RegularExpressions;

namespace BoneInfo.Web.Hpo;

/// <summary>One Human Phenotype Ontology term: its id and official labels (English, and Spanish where translated).</summary>
public sealed record HpoTerm(string Id, string Label, string? LabelEs);

/// <summary>
/// The official HPO labels, read once from the copy in content/hpo (see its README for source and licence).
/// Articles name each phenotype by its HPO id; pages show the official label beside our plain wording.
/// </summary>
public sealed partial class HpoTerms
{
    public const string HomeUrl = "https://hpo.jax.org/";
    public const string LicenseUrl = "https://hpo.jax.org/license";

    /// <summary>The citation the HPO licence asks for wherever its ids or labels are shown.</summary>
    public const string Citation =
        "Gargano MA et al. The Human Phenotype Ontology in 2024: phenotypes around the world. Nucleic Acids Res. 2024;52(D1):D1333-D1346.";

    private readonly Dictionary<string, HpoTerm> _terms;

    public HpoTerms(IEnumerable<HpoTerm> terms) =>
        _terms = terms.ToDictionary(t => t.Id, StringComparer.Ordinal);

    public static HpoTerms Empty { get; } = new([]);

    public int Count => _terms.Count;

    /// <summary>The term with this id (<c>HP:0006323</c>; <c>hp:0006323</c> too), or null.</summary>
    public HpoTerm? Find(string? id) =>
        id is not null && _terms.TryGetValue(id.Trim().ToUpperInvariant(), out var term) ? term : null;

    public static string TermUrl(string id) => $"{HomeUrl}browse/term/{Uri.EscapeDataString(id)}";

    /// <summary>HPO ids written in a text, e.g. a list pasted from a genetics report.</summary>
    public static Regex IdPattern() => IdRegex();

    /// <summary>Reads the tab-separated export (id, English label, Spanish label, status; a header line first).</summary>
    public static HpoTerms Load(string path)
    {
        var terms = File.ReadLines(path)
            .Skip(1)
            .Select(line => line.Split('\t'))
            .Where(cells => cells.Length >= 2 && IdRegex().IsMatch(cells[0]))
            .Select(cells => new HpoTerm(cells[0], cells[1], cells.Length > 2 && cells[2].Length > 0 ? cells[2] : null));
        return new HpoTerms(terms);
    }

    [GeneratedRegex(@"\bHP:[0-9]{7}\b", RegexOptions.IgnoreCase)]
    private static partial Regex IdRegex();
}
