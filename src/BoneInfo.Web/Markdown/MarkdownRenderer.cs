using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BoneInfo.Web.Markdown;

/// <summary>The one Markdown pipeline of BoneInfo: public pages, previews and tests all render through it.</summary>
public sealed class MarkdownRenderer
{
    // Built once. Raw HTML is off (it renders as text). Generic attributes are deliberately NOT enabled:
    // they would let authors add onclick= and friends.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .DisableHtml()
        .Build();

    public RenderedMarkdown Render(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        DemoteTitleHeadings(document);
        SafeLinks.Apply(document);

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new RenderedMarkdown(writer.ToString(), TableOfContents.From(document));
    }

    /// <summary>The page title is the only h1; a '#' heading in a body becomes a section.</summary>
    private static void DemoteTitleHeadings(MarkdownDocument document)
    {
        foreach (var heading in document.Descendants<HeadingBlock>().Where(h => h.Level == 1))
        {
            heading.Level = 2;
        }
    }

    internal static string PlainText(ContainerInline? inline) =>
        inline is null ? "" : string.Concat(inline.Descendants<LeafInline>().Select(leaf => leaf switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            _ => "",
        }));
}

public sealed record RenderedMarkdown(string Html, IReadOnlyList<TocEntry> Contents);
