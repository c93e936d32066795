using System.Globalization;

namespace BoneInfo.Web.Content;

/// <summary>
/// Characters no article text may hold: control characters other than tab and line breaks, U+FFFE and U+FFFF, and
/// U+FFFD (what a null character or an undecodable byte becomes on the way in). XML cannot carry the first two
/// kinds, so one in a title would break the feed for everyone; browsers turn C1 controls shown in a form into
/// other characters (U+0080 comes back as €), so an editor's next save would change the text without their knowing.
/// </summary>
internal static class TextRules
{
    /// <summary>Checks every text field of the front matter and the body (codes and the like have patterns of their own).</summary>
    public static void Check(FrontMatter fm, string body, List<string> errors)
    {
        foreach (var (name, text) in new[]
        {
            ("title", fm.Title), ("category", fm.Category), ("summary", fm.Summary), ("summary_es", fm.SummaryEs),
            ("inheritance", fm.Inheritance), ("onset", fm.Onset), ("prevalence", fm.Prevalence), ("body", body),
        })
        {
            Check(name, text, errors);
        }
        Check("otherNames", string.Join('\n', fm.OtherNames ?? []), errors);
        Check("specialists", string.Join('\n', fm.Specialists ?? []), errors);
    }

    /// <summary>Adds a message about <paramref name="name"/> when <paramref name="text"/> holds such a character.</summary>
    public static void Check(string name, string? text, List<string> errors)
    {
        if (Problem(name, text) is { } problem)
        {
            errors.Add(problem);
        }
    }

    public static string? Problem(string name, string? text)
    {
        var at = text is null ? -1 : text.AsSpan().IndexOfAny(Refused);
        if (at < 0)
        {
            return null;
        }
        var code = ((int)text![at]).ToString("X4", CultureInfo.InvariantCulture);
        return text[at] == '\uFFFD'
            ? $"{name} contains U+FFFD (character {at + 1}), left where a character could not be read, such as a null character in pasted text; delete it"
            : $"{name} contains the invisible character U+{code} (character {at + 1}), which the feed and browsers cannot carry; delete it (pasted text often brings one)";
    }

    private static readonly System.Buffers.SearchValues<char> Refused = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')), '\uFFFD', '\uFFFE', '\uFFFF']);
}
