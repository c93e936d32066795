using System.Globalization;
using System.Text;
using BoneInfo.Web.Markdown;

namespace BoneInfo.Web.Search;

/// <summary>How search reads text: folded to lowercase ASCII-ish words, the way the FTS5 unicode61 tokenizer does.</summary>
public static class SearchText
{
    /// <summary>Lowercase words of letters and digits, diacritics removed ("Schönberg" → "schonberg").</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in SafeUnicode.Normalize(text, NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }
        return words;
    }

    /// <summary>
    /// A light English stemmer for matching findings against phenotype labels in memory
    /// ("fractures", "fractured" → "fractur"; "falling" → "fall"). Both sides go through it, so it only needs to be consistent.
    /// </summary>
    public static string Stem(string word)
    {
        var w = word;
        if (w.Length <= 3 || w.Any(char.IsDigit))
        {
            return w;
        }
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            w = w[..^3] + "y";
        }
        else if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5)
        {
            w = w[..^3];
        }
        else if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4)
        {
            w = w[..^2];
        }
        else if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal))
        {
            w = w[..^1];
        }
        if (w.Length > 4 && w[^1] == w[^2] && w[^1] is not ('l' or 's' or 'z'))
        {
            w = w[..^1]; // "stopp" → "stop"
        }
        return w.Length > 3 && w.EndsWith('e') ? w[..^1] : w;
    }

    /// <summary>Words that carry no meaning for search: question words and filler.</summary>
    public static bool IsStopWord(string word) => StopWords.Contains(word);

    private static readonly HashSet<string> StopWords =
    [
        "a", "an", "the", "is", "are", "was", "were", "be", "been", "am", "do", "does", "did", "can", "could", "should",
        "would", "will", "what", "whats", "which", "who", "whom", "why", "how", "when", "where", "i", "me", "my", "mine",
        "we", "our", "you", "your", "he", "she", "his", "her", "it", "its", "they", "them", "their", "this", "that", "these",
        "those", "of", "in", "on", "at", "to", "for", "from", "by", "with", "about", "as", "into", "and", "or", "but", "if",
        "so", "than", "then", "there", "has", "have", "had", "mean", "means", "meaning", "cause", "causes", "caused",
        "causing", "get", "gets", "got", "any", "some", "very", "really", "just", "also", "please", "tell", "know", "info",
        "information", "symptom", "symptoms", "sign", "signs", "disease", "condition", "look", "looks", "like",
    ];
}
