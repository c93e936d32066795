using System.Text.Json;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace BoneInfo.Web.Markdown;

public sealed record TocEntry(int Level, string Id, string Text);

/// <summary>A section of the table of contents with its sub-sections.</summary>
public sealed record TocNode(TocEntry Entry, IReadOnlyList<TocEntry> Children);

public static class TableOfContents
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    internal static IReadOnlyList<TocEntry> From(MarkdownDocument document) =>
        document.Descendants<HeadingBlock>()
            .Where(h => h.Level is 2 or 3)
            .Select(h => new TocEntry(h.Level, h.GetAttributes().Id ?? "", MarkdownRenderer.PlainText(h.Inline)))
            .Where(e => e.Id.Length > 0 && e.Text.Length > 0)
            .ToList();

    /// <summary>Groups level-3 entries under the level-2 entry before them (a leading level-3 stands alone).</summary>
    public static IReadOnlyList<TocNode> Nest(IEnumerable<TocEntry> entries)
    {
        var nodes = new List<(TocEntry Entry, List<TocEntry> Children)>();
        foreach (var entry in entries)
        {
            if (entry.Level > 2 && nodes.Count > 0)
            {
                nodes[^1].Children.Add(entry);
            }
            else
            {
                nodes.Add((entry, []));
            }
        }
        return nodes.Select(n => new TocNode(n.Entry, n.Children)).ToList();
    }

    public static string ToJson(IReadOnlyList<TocEntry> entries) => JsonSerializer.Serialize(entries, Json);

    public static IReadOnlyList<TocEntry> FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<TocEntry>>(json, Json) ?? [];
}
