using System.Globalization;
using System.Text;

namespace BoneInfo.Web.Articles;

/// <summary>
/// Where a title goes in the A–Z list: its sort key (accents removed, upper case, so "Épiphyse" sorts with E and the
/// database orders keys as <see cref="StringComparer.OrdinalIgnoreCase"/> orders plain titles) and its initial,
/// A to Z, or <see cref="Other"/> for a title starting with a digit or symbol. Both are stored with the article.
/// </summary>
public static class ArticleInitials
{
    public const string Other = "#";

    /// <summary>Every initial in list order (<see cref="Other"/> first: digits and symbols sort before letters).</summary>
    public static readonly IReadOnlyList<string> All =
        [Other, .. Enumerable.Range('A', 26).Select(c => ((char)c).ToString())];

    public static string SortKey(string title)
    {
        var key = new StringBuilder(title.Length);
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                key.Append(char.ToUpperInvariant(c));
            }
        }
        return key.ToString().Normalize(NormalizationForm.FormC);
    }

    public static string Of(string title)
    {
        var key = SortKey(title);
        return key.Length > 0 && char.IsAsciiLetterUpper(key[0]) ? key[..1] : Other;
    }

    /// <summary>The initial a letter page's address names ("b", "B", or "other"), or null for anything else.</summary>
    public static string? FromAddress(string? segment) => segment switch
    {
        { Length: 1 } when char.IsAsciiLetter(segment[0]) => char.ToUpperInvariant(segment[0]).ToString(),
        _ when string.Equals(segment, OtherAddress, StringComparison.OrdinalIgnoreCase) => Other,
        _ => null,
    };

    /// <summary>The address segment of an initial: the letter in lower case, or "other".</summary>
    public static string ToAddress(string initial) => initial == Other ? OtherAddress : initial.ToLowerInvariant();

    private const string OtherAddress = "other";
}
