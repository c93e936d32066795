using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BoneInfo.Web.Markdown;

/// <summary>The one Markdown pipeline of BoneInfo: public pages, previews and tests all render through it.</summary>
public sealed class MarkdownRenderer
{
    /// <summary>
    /// Stored with each published article's HTML (<c>Article.RendererVersion</c>). Articles rendered by another version
    /// are rendered again at start-up, so BUMP IT whenever the pipeline below or the HTML and contents this feature
    /// produces change (extensions, <see cref="SafeLinks"/>, <see cref="UrlPolicy"/>, heading ids, <see cref="TableOfContents"/>).
    /// </summary>
    public const int RendererVersion = 1;

    // Built once. Raw HTML is off (it renders as text). Generic attributes are deliberately NOT enabled:
    // they would let authors add onclick= and friends. Any change here changes the stored HTML: bump RendererVersion.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .DisableHtml()
        .Build();

    /// <summary>
    /// The longest text rendered as Markdown (three times the longest article). Markdig's link parsing takes
    /// quadratic time on some input (a long run of "[x](" never closed), so longer text is shown as plain text,
    /// and the content rules refuse it (<see cref="Problem"/>).
    /// </summary>
    public const int MaxLength = 100_000;

    /// <summary>Nesting of blocks and inlines rendered as Markdown; real articles need about ten, and Markdig's renderer stops well above this.</summary>
    public const int MaxDepth = 32;

    public RenderedMarkdown Render(string markdown)
    {
        var document = Parse(markdown);
        return new RenderedMarkdown(ToHtml(document), TableOfContents.From(document));
    }

    /// <summary>The text of a document without its Markdown syntax, parsed exactly as the pages parse it (tables included).</summary>
    public static string ToPlainText(string markdown)
    {
        if (markdown.Length > MaxLength)
        {
            return markdown;
        }
        try
        {
            return Markdig.Markdown.ToPlainText(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            return markdown; // nested deeper than Markdig allows: see Problem
        }
    }

    /// <summary>Why Markdown cannot show <paramref name="markdown"/> (too long, or nested too deeply), or null.</summary>
    public static string? Problem(string markdown) =>
        markdown.Length > MaxLength ? $"has {markdown.Length:N0} characters; the limit is {MaxLength:N0}"
        : TryParse(markdown) is null ? $"nests lists, quotes, links or emphasis more than {MaxDepth} levels deep, more than Markdown can show"
        : null;

    /// <summary>Splits a document at its '##' headings: each heading with the HTML of the blocks under it.</summary>
    public IReadOnlyList<RenderedSection> RenderSections(string markdown)
    {
        var document = Parse(markdown);
        var sections = new List<RenderedSection>();
        HeadingBlock? heading = null;
        var blocks = new List<Block>();
        foreach (var block in document.ToList())
        {
            if (block is HeadingBlock { Level: 2 } next)
            {
                AddSection(heading, blocks, sections);
                (heading, blocks) = (next, []);
            }
            else if (heading is not null)
            {
                blocks.Add(block);
            }
        }
        AddSection(heading, blocks, sections);
        return sections;
    }

    private static void AddSection(HeadingBlock? heading, List<Block> blocks, List<RenderedSection> sections)
    {
        if (heading is null)
        {
            return;
        }
        var section = new MarkdownDocument();
        foreach (var block in blocks)
        {
            block.Parent!.Remove(block);
            section.Add(block);
        }
        var entry = new TocEntry(2, heading.GetAttributes().Id ?? "", PlainText(heading.Inline));
        sections.Add(new RenderedSection(entry, ToHtml(section)));
    }

    /// <summary>The syntax tree exactly as pages render it (unsafe links already removed): for the link checker.</summary>
    internal static MarkdownDocument ParseSafely(string markdown) => Parse(markdown);

    private static MarkdownDocument Parse(string markdown)
    {
        var document = TryParse(markdown) ?? AsText(markdown);
        DemoteTitleHeadings(document);
        SafeLinks.Apply(document);
        return document;
    }

    /// <summary>
    /// The syntax tree, or null for text too long or too deeply nested to render: Markdig throws ArgumentException
    /// past its own nesting limits, while parsing ("&gt; &gt; &gt; …") or only while rendering ("[[[[…").
    /// </summary>
    private static MarkdownDocument? TryParse(string markdown)
    {
        if (markdown.Length > MaxLength)
        {
            return null;
        }
        try
        {
            var document = Markdig.Markdown.Parse(markdown, Pipeline);
            return DeeperThan(document, MaxDepth) ? null : document;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Whether the tree nests blocks and inlines more than <paramref name="limit"/> levels (walked without recursion).</summary>
    private static bool DeeperThan(MarkdownObject root, int limit)
    {
        var stack = new Stack<(MarkdownObject Node, int Depth)>([(root, 0)]);
        while (stack.TryPop(out var item))
        {
            if (item.Depth > limit)
            {
                return true;
            }
            IEnumerable<MarkdownObject> children = item.Node switch
            {
                ContainerBlock block => block,
                LeafBlock { Inline: { } inline } => [inline],
                ContainerInline inline => inline,
                _ => [],
            };
            foreach (var child in children)
            {
                stack.Push((child, item.Depth + 1));
            }
        }
        return false;
    }

    /// <summary>Text Markdown cannot show, as one paragraph of plain (escaped) text: shown, never a server error.</summary>
    private static MarkdownDocument AsText(string markdown)
    {
        var inline = new ContainerInline();
        inline.AppendChild(new LiteralInline(markdown));
        return [new ParagraphBlock { Inline = inline }];
    }

    private static string ToHtml(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
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

public sealed record RenderedMarkdown(string Html, IReadOnlyList<TocEntry> Contents)
{
    /// <summary>The table of contents as stored with a published article.</summary>
    public string ContentsJson => TableOfContents.ToJson(Contents);

    /// <summary>An article's body as rendered when it was published: no Markdown work.</summary>
    public static RenderedMarkdown FromStored(string html, string? contentsJson) => new(html, TableOfContents.FromJson(contentsJson));
}

public sealed record RenderedSection(TocEntry Heading, string Html);
