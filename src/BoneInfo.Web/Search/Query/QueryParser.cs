using System.Text.RegularExpressions;
using BoneInfo.Web.Hpo;

namespace BoneInfo.Web.Search;

/// <summary>
/// Turns what a person typed into a <see cref="SearchQuery"/>. Never throws on any input. An HPO id
/// (<c>HP:0006323</c>) is a finding of its own, read as its official label; an id HPO does not have is dropped.
/// </summary>
public sealed partial class QueryParser(Lexicon lexicon, HpoTerms? hpo = null)
{
    /// <summary>Free text: a question or a few findings.</summary>
    public const int MaxLength = 500;

    /// <summary>A pasted list of findings (three or more separators), e.g. HPO labels from a genetics report.</summary>
    public const int MaxListLength = 4000;

    /// <summary>Enough for 60 findings of two or three words; the rest of a longer list is ignored.</summary>
    public const int MaxConcepts = 160;

    public const int MinListSeparators = 3;

    public SearchQuery Parse(string? text)
    {
        var cleaned = Clean(text);
        var findings = new List<Finding>();
        var budget = MaxConcepts;
        foreach (var part in FindingSeparator().Split(WithHpoLabels(cleaned)).SelectMany(SplitAtDirections))
        {
            var concepts = ConceptsOf(SearchText.Words(part), ref budget);
            if (concepts.Count > 0)
            {
                findings.Add(new Finding(part.Trim(), concepts));
            }
        }
        return new SearchQuery(cleaned, findings);
    }

    /// <summary>True when the text is a list of findings (commas, semicolons or lines), which may be longer.</summary>
    public static bool IsList(string? text) => text is not null && text.Count(c => c is ',' or ';' or '\n') >= MinListSeparators;

    /// <summary>The most characters kept of <paramref name="text"/>: more for a list than for free text.</summary>
    public static int LimitFor(string? text) => IsList(text) ? MaxListLength : MaxLength;

    /// <summary>Control characters dropped, whitespace collapsed, cut to <see cref="LimitFor"/> characters.</summary>
    public static string Clean(string? text)
    {
        var limit = LimitFor(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var kept = new string(text.Where(c => !char.IsControl(c) || c == '\n').ToArray());
        var collapsed = Whitespace().Replace(kept, " ").Trim();
        if (collapsed.Length > limit)
        {
            // Cut at the last space before the limit, so no half word ("bone pa") becomes something to search for.
            var lastSpace = collapsed.LastIndexOf(' ', limit);
            collapsed = collapsed[..(lastSpace > 0 ? lastSpace : limit)];
            if (char.IsHighSurrogate(collapsed[^1]))
            {
                collapsed = collapsed[..^1];
            }
        }
        return collapsed;
    }

    /// <summary>Each HPO id becomes its official label on a line of its own, so that it is one finding.</summary>
    private string WithHpoLabels(string text) =>
        HpoTerms.IdPattern().Replace(text, id => $"\n{hpo?.Find(id.Value)?.Label}\n");

    /// <summary>
    /// "low calcium low phosphate high alp" is three findings: a part that starts with a direction word is split
    /// before each later one. ("calcium high" is left alone: there the direction comes after.)
    /// </summary>
    private static IEnumerable<string> SplitAtDirections(string part)
    {
        var words = WordPattern().Matches(part);
        if (words.Count == 0 || LabDirections.Of(words[0].Value.ToLowerInvariant()) is null)
        {
            return [part];
        }
        var starts = words.Where(w => w.Index > words[0].Index && LabDirections.Of(w.Value.ToLowerInvariant()) is not null).Select(w => w.Index).ToList();
        return starts.Prepend(0).Zip(starts.Append(part.Length), (from, to) => part[from..to]);
    }

    private List<Concept> ConceptsOf(List<string> words, ref int budget)
    {
        var concepts = new List<Concept>();
        for (var i = 0; i < words.Count && budget > 0; i++)
        {
            var phrase = lexicon.LongestPhraseAt(words, i);
            var concept = phrase is not null
                ? new Concept(string.Join(' ', phrase), lexicon.Synonyms[string.Join(' ', phrase)])
                : SearchText.IsStopWord(words[i]) ? null : new Concept(words[i], [[words[i]]]);
            i += (phrase?.Length ?? 1) - 1;
            // A concept repeated within a finding is still one thing asked for.
            if (concept is not null && !concepts.Exists(c => c.Typed == concept.Typed))
            {
                concepts.Add(concept);
                budget--;
            }
        }
        return concepts;
    }

    // Findings are listed with commas, semicolons, new lines, '+', or joined with "and"/"with"/"plus".
    [GeneratedRegex(@"[,;\n+]|\b(?:and|with|plus)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FindingSeparator();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"[ \t\r\f\v]+")]
    private static partial Regex Whitespace();
}
