using System.Text;

namespace BoneInfo.Web.Markdown;

/// <summary>
/// Unicode normalisation that never throws. <see cref="string.Normalize(NormalizationForm)"/> refuses a lone
/// surrogate and the noncharacter U+FFFE with an exception; U+FFFE arrives in a query string as valid UTF-8, and a
/// lone surrogate from a YAML escape ("\ud800"). Both become U+FFFD, one character for one, so positions hold.
/// </summary>
public static class SafeUnicode
{
    public static string Normalize(string text, NormalizationForm form) => Valid(text).Normalize(form);

    /// <summary>The text with every lone surrogate and U+FFFE replaced by U+FFFD (the same instance when there is none).</summary>
    public static string Valid(string text)
    {
        var first = FirstInvalid(text, 0);
        if (first < 0)
        {
            return text;
        }
        var chars = text.ToCharArray();
        for (var i = first; i >= 0; i = FirstInvalid(text, i + 1))
        {
            chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    private static int FirstInvalid(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\uFFFE')
            {
                return i;
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++; // a pair: fine
            }
            else if (char.IsSurrogate(c))
            {
                return i;
            }
        }
        return -1;
    }
}
