using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace BoneInfo.FaultSuite;

/// <summary>
/// The edit page as an editor's browser has it: every field of the editor form as it would be posted, the working
/// revision's number and author from the status line, and whether the Publish button is enabled.
/// </summary>
public sealed partial record EditPage(Dictionary<string, string> Fields, int? Revision, string? Author, bool CanPublish)
{
    private static readonly HtmlParser Parser = new();

    public string Body => Fields.GetValueOrDefault("Form.Body", "");

    public static EditPage Parse(string html)
    {
        var page = Parser.ParseDocument(html);
        var fields = new Dictionary<string, string>();
        foreach (var element in page.QuerySelectorAll("form.editor [name]"))
        {
            var value = element switch
            {
                IHtmlTextAreaElement area => area.Value,
                IHtmlSelectElement select => select.Value,
                IHtmlInputElement input => input.Value,
                _ => null, // buttons: the pressed one is added by the caller
            };
            if (value is not null)
            {
                fields[element.GetAttribute("name")!] = value;
            }
        }
        var status = StatusLine().Match(page.QuerySelector(".status-line")?.TextContent ?? "");
        var publish = page.QuerySelector("form.editor button[value=publish]");
        return new EditPage(
            fields,
            status.Success ? int.Parse(status.Groups[1].Value, CultureInfo.InvariantCulture) : null,
            status.Success ? status.Groups[2].Value : null,
            publish is not null && !publish.HasAttribute("disabled"));
    }

    /// <summary>The fields with the body marked by <paramref name="token"/> (replacing an earlier mark) and the token as change summary.</summary>
    public Dictionary<string, string> Edited(string token, string command)
    {
        var fields = new Dictionary<string, string>(Fields)
        {
            ["Form.Body"] = EarlierMark().Replace(Body, "").TrimEnd() + $"\n\nEdit check: {token}.\n",
            ["Form.ChangeSummary"] = token,
            ["Command"] = command,
        };
        return fields;
    }

    public Dictionary<string, string> Pressing(string command) => new(Fields) { ["Command"] = command };

    [GeneratedRegex(@"revision (\d+) by (.+?),")]
    private static partial Regex StatusLine();

    [GeneratedRegex(@"\s*Edit check: fault-suite [^\n]*")]
    private static partial Regex EarlierMark();
}
