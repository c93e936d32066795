using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BoneInfo.Web.Markdown;

/// <summary>Walks the syntax tree: unsafe links become their text, unsafe images their alt text, external links get rel.</summary>
internal static class SafeLinks
{
    public static void Apply(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!UrlPolicy.IsSafe(link.Url, link.IsImage))
            {
                ReplaceWithText(link);
            }
            else if (!link.IsImage && link.Url is { } url && UrlPolicy.IsExternal(url))
            {
                link.GetAttributes().AddPropertyIfNotExist("rel", "noopener noreferrer");
            }
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!UrlPolicy.IsSafe(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
            else if (UrlPolicy.IsExternal(autolink.Url))
            {
                autolink.GetAttributes().AddPropertyIfNotExist("rel", "noopener noreferrer");
            }
        }
    }

    private static void ReplaceWithText(LinkInline link)
    {
        if (link.IsImage)
        {
            link.ReplaceBy(new LiteralInline(MarkdownRenderer.PlainText(link)));
            return;
        }
        // Keep the link's words (and any safe formatting inside them), drop the link itself.
        var children = link.ToList();
        foreach (var child in children)
        {
            child.Remove();
            link.InsertBefore(child);
        }
        link.Remove();
    }
}
