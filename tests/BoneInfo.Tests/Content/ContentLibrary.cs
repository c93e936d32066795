using AngleSharp.Html.Parser;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Articles;
using BoneInfo.Web.Content;
using BoneInfo.Web.Markdown;

namespace BoneInfo.Tests.Content;

/// <summary>The real content/ folder, parsed once for the library tests.</summary>
public static class ContentLibrary
{
    private static readonly MarkdownRenderer Renderer = new();

    public static IReadOnlyList<string> ArticleFiles { get; } =
        Directory.GetFiles(RepoPaths.Content, "*.md").Order(StringComparer.Ordinal).ToList();

    public static string GlossaryFile => Path.Combine(RepoPaths.Content, "glossary", "glossary.md");

    public static IReadOnlyDictionary<string, ArticleContent> Articles { get; } = ArticleFiles
        .Select(f => ContentFileParser.Parse(File.ReadAllText(f), Path.GetFileNameWithoutExtension(f)).Content)
        .OfType<ArticleContent>()
        .ToDictionary(a => a.Slug);

    public static IReadOnlyList<RenderedSection> GlossaryTerms { get; } = Renderer.RenderSections(File.ReadAllText(GlossaryFile));

    public static TheoryData<string> FileNames()
    {
        var data = new TheoryData<string>();
        foreach (var file in ArticleFiles)
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    public static IEnumerable<string> TablesHeaders(ArticleContent article) =>
        new HtmlParser().ParseDocument(Renderer.Render(article.Body).Html)
            .QuerySelectorAll("table").Select(t => string.Join(" | ", t.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim())));
}
