namespace BoneInfo.Web.Genes;

/// <summary>HGNC approved names by symbol, from content/genes/hgnc-gene-names.tsv (see its README).</summary>
public sealed class GeneNames(IReadOnlyDictionary<string, string> names)
{
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "content", "genes", "hgnc-gene-names.tsv");

    public string? Of(string symbol) => names.GetValueOrDefault(symbol);

    public static GeneNames Load(string path) => new(File.Exists(path)
        ? File.ReadLines(path).Skip(1).Select(l => l.Split('\t')).Where(c => c.Length == 2).ToDictionary(c => c[0], c => c[1], StringComparer.Ordinal)
        : new Dictionary<string, string>());

    public static string HgncUrl(string symbol) => $"https://www.genenames.org/tools/search/#!/?query={Uri.EscapeDataString(symbol)}";
}
