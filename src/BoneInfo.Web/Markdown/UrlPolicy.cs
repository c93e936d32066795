using System.Globalization;
using System.Net;
using System.Text;

namespace BoneInfo.Web.Markdown;

/// <summary>
/// Decides whether a link or image URL from article Markdown may be rendered. Only http, https, mailto and
/// relative URLs pass. The URL is judged the way a browser might read it: entities and percent-escapes decoded
/// (repeatedly), Unicode compatibility forms folded, and control, format and space characters dropped, so
/// <c>javascri%0Apt:</c> and <c>&amp;#106;avascript:</c> are caught.
/// </summary>
public static class UrlPolicy
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    public static bool IsSafe(string? url, bool isImage = false)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }
        var scheme = SchemeOf(Canonical(url));
        return scheme is null || (AllowedSchemes.Contains(scheme) && !(isImage && scheme == "mailto"));
    }

    public static bool IsExternal(string url)
    {
        var canonical = Canonical(url);
        return canonical.StartsWith("//", StringComparison.Ordinal) || SchemeOf(canonical) is "http" or "https";
    }

    private static string Canonical(string url)
    {
        var current = url;
        for (var i = 0; i < 5; i++)
        {
            var decoded = WebUtility.HtmlDecode(Uri.UnescapeDataString(current));
            if (decoded == current)
            {
                break;
            }
            current = decoded;
        }
        var folded = SafeUnicode.Normalize(current, NormalizationForm.FormKC);
        var kept = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (!char.IsControl(c) && !char.IsWhiteSpace(c) && category != UnicodeCategory.Format)
            {
                kept.Append(c);
            }
        }
        return kept.ToString().Replace('\\', '/').ToLowerInvariant();
    }

    /// <summary>The scheme, or null for a relative URL (a ':' after the first '/', '?' or '#' is not a scheme).</summary>
    private static string? SchemeOf(string canonical)
    {
        var colon = canonical.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return null;
        }
        var delimiter = canonical.IndexOfAny(['/', '?', '#']);
        return delimiter >= 0 && delimiter < colon ? null : canonical[..colon];
    }
}
