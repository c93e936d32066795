using BoneInfo.Web.Articles;

namespace BoneInfo.Web.Pages.Conditions;

/// <summary>Where codes, genes and references link to.</summary>
public static class RegistryLinks
{
    public static string? Code(ClinicalCode code)
    {
        var value = Uri.EscapeDataString(code.Code);
        return code.System switch
        {
            "ORPHA" => $"https://www.orpha.net/en/disease/detail/{value}",
            "OMIM" => $"https://omim.org/entry/{value}",
            "ICD-10" => $"https://icd.who.int/browse10/2019/en#/{value}",
            "MONDO" => $"https://monarchinitiative.org/MONDO:{Uri.EscapeDataString(code.Code.Replace("MONDO:", "", StringComparison.OrdinalIgnoreCase))}",
            _ => null,
        };
    }

    public static string Gene(string symbol) => Web.Genes.GeneNames.HgncUrl(symbol);

    public static string Hpo(string id) => Web.Hpo.HpoTerms.TermUrl(id);

    public static string? Reference(Reference reference) =>
        reference.Doi is not null ? $"https://doi.org/{reference.Doi}"
        : reference.Pmid is not null ? $"https://pubmed.ncbi.nlm.nih.gov/{reference.Pmid}/"
        : reference.Url;
}
