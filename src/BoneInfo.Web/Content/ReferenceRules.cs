using System.Text.RegularExpressions;
using BoneInfo.Web.Articles;

namespace BoneInfo.Web.Content;

/// <summary>References are numbered 1..N, each can be followed to its source, and each is cited in the body.</summary>
internal static partial class ReferenceRules
{
    public static List<Reference> Map(List<ReferenceYaml>? references, List<string> errors)
    {
        var items = FrontMatterMapper.Items(references).ToList();
        if (items.Count == 0)
        {
            errors.Add("references: at least one reference is required");
        }
        return items.Select((r, i) =>
        {
            var where = $"references[{i + 1}]";
            if (r.Id != i + 1)
            {
                errors.Add($"{where}: id is {r.Id?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "missing"}; references are numbered 1, 2, 3 … in order");
            }
            var doi = FrontMatterMapper.Trimmed(r.Doi);
            var pmid = FrontMatterMapper.Trimmed(r.Pmid);
            var url = FrontMatterMapper.Trimmed(r.Url);
            if (doi is null && pmid is null && url is null)
            {
                errors.Add($"{where}: give a doi, a pmid or a url");
            }
            if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                errors.Add($"{where}: url '{url}' must be an absolute http or https address");
            }
            if (pmid is not null && !pmid.All(char.IsAsciiDigit))
            {
                errors.Add($"{where}: pmid '{pmid}' must be digits only");
            }
            return new Reference(
                i + 1,
                FrontMatterMapper.Trimmed(r.Authors),
                FrontMatterMapper.Required(r.Title, $"{where}.title", errors),
                FrontMatterMapper.Required(r.Source, $"{where}.source", errors),
                r.Year, doi, pmid, url);
        }).ToList();
    }

    public static void CheckCitations(string body, IReadOnlyList<Reference> references, List<string> errors)
    {
        var cited = CitedIds(body);
        var known = references.Select(r => r.Id).ToHashSet();
        errors.AddRange(cited.Where(id => !known.Contains(id)).Select(id => $"body cites reference {id}, which is not in references"));
        errors.AddRange(known.Where(id => !cited.Contains(id)).Select(id => $"reference {id} is never cited in the body"));
    }

    public static SortedSet<int> CitedIds(string body) =>
        new(CitationPattern().Matches(body).Select(m => int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)));

    [GeneratedRegex(@"\]\(#ref-([0-9]{1,4})\)")]
    private static partial Regex CitationPattern();
}
