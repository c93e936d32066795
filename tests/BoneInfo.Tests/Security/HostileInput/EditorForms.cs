using System.Text.Encodings.Web;

namespace BoneInfo.Tests.Security.HostileInput;

/// <summary>The edit form's fields, and the checks that a refused form gave the editor's text back.</summary>
public static class EditorForms
{
    /// <summary>Every field an editor types into (names without the <c>Form.</c> prefix).</summary>
    public static readonly string[] TextFields =
    [
        "Title", "Slug", "Kind", "Category", "Summary", "SummaryEs", "OtherNames", "Reviewed", "Inheritance", "Onset",
        "Prevalence", "Specialists", "Related", "StructuredData", "ChangeSummary", "Body",
    ];

    /// <summary>The hidden fields that carry numbers.</summary>
    public static readonly string[] NumberFields = ["Form.ArticleId", "Form.Version", "Form.EditorId"];

    public static string[] Names(IEnumerable<string> fields, string how) => fields.Select(f => $"Form.{f} ({how})").ToArray();

    /// <summary>The edit form's fields whose text the page did not give back (see <see cref="LostIn"/>).</summary>
    public static string[] Lost(RawResponse page, IEnumerable<string> fields, HostileString input, HtmlEncoder html) =>
        LostIn(page, fields.Select(f => $"Form_{f}"), input, html);

    /// <summary>
    /// The form elements (by id) that did not give the text back: each must hold the string exactly as Razor
    /// encodes it, a null character read as U+FFFD (NullCharacterForms). Whitespace-only strings are exempt (model
    /// binding reads them as empty), and so are raw byte strings (what they decode to is the test's guess).
    /// </summary>
    public static string[] LostIn(RawResponse page, IEnumerable<string> ids, HostileString input, HtmlEncoder html)
    {
        if (input.IsRaw || string.IsNullOrWhiteSpace(input.Text))
        {
            return [];
        }
        var encoded = html.Encode(input.Text.Replace('\0', '\uFFFD'));
        return ids.Where(id => !Segment(page.Body, id).Contains(encoded, StringComparison.Ordinal))
            .Select(id => $"#{id} did not keep the text")
            .ToArray();
    }

    /// <summary>The fields with an error message on a refused page.</summary>
    public static string[] WithErrors(RawResponse page, IEnumerable<string> fields) =>
        fields.Where(f => page.Body.Contains($"id=\"Form_{f}-error\"", StringComparison.Ordinal)).ToArray();

    /// <summary>From an element to the start of the next field.</summary>
    private static string Segment(string body, string id)
    {
        var start = body.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        if (start < 0)
        {
            return "";
        }
        var end = body.IndexOf("<div class=\"field", start, StringComparison.Ordinal);
        return end < 0 ? body[start..] : body[start..end];
    }
}
