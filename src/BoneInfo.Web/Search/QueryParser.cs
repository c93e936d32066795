using System.Text.RegularExpressions;

namespace BoneInfo.Web.Search;

/// <summary>Turns what a person typed into a <see cref="SearchQuery"/>. Never throws on any input.</summary>
public sealed partial class QueryParser(Lexicon lexicon)
{
    public const int MaxLength = 500;
    public const int MaxConcepts = 32;

    public SearchQuery Parse(string? text)
    {
        var cleaned = Clean(text);
        var findings = new List<Finding>();
        var budget = MaxConcepts;
        foreach (var part in FindingSeparator().Split(cleaned))
        {
            var concepts = ConceptsOf(Text.Words(part), ref budget);
            if (concepts.Count > 0)
            {
                findings.Add(new Finding(part.Trim(), concepts));
            }
        }
        return new SearchQuery(cleaned, findings);
    }

    /// <summary>Control characters dropped, whitespace collapsed, cut to <see cref="MaxLength"/> characters.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var kept = new string(text.Where(c => !char.IsControl(c) || c == '\n').ToArray());
        var collapsed = Whitespace().Replace(kept, " ").Trim();
        if (collapsed.Length > MaxLength)
        {
            collapsed = collapsed[..MaxLength];
            if (char.IsHighSurrogate(collapsed[^1]))
            {
                collapsed = collapsed[..^1];
            }
        }
        return collapsed;
    }

    private List<Concept> ConceptsOf(List<string> words, ref int budget)
    {
        var concepts = new List<Concept>();
        for (var i = 0; i < words.Count && budget > 0; i++)
        {
            var phrase = lexicon.LongestPhraseAt(words, i);
            if (phrase is not null)
            {
                concepts.Add(new Concept(string.Join(' ', phrase), lexicon.Synonyms[string.Join(' ', phrase)]));
                i += phrase.Length - 1;
                budget--;
            }
            else if (!Text.IsStopWord(words[i]))
            {
                concepts.Add(new Concept(words[i], [[words[i]]]));
                budget--;
            }
        }
        return concepts;
    }

    // Findings are listed with commas, semicolons, new lines, '+', or joined with "and"/"with"/"plus".
    [GeneratedRegex(@"[,;\n+]|\b(?:and|with|plus)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FindingSeparator();

    [GeneratedRegex(@"[ \t\r\f\v]+")]
    private static partial Regex Whitespace();
}
