using BoneInfo.Web.Content;
using BoneInfo.Web.Markdown;
using Microsoft.Extensions.Options;

namespace BoneInfo.Web.Glossary;

/// <summary>
/// The glossary, read once from content/glossary/glossary.md: one '##' heading per term, then its definition.
/// It is reference text shipped with the build rather than an edited article, so it is not stored in SQLite.
/// </summary>
public sealed class GlossarySource(IOptions<ContentOptions> options, MarkdownRenderer markdown, ILogger<GlossarySource> logger)
{
    private readonly Lazy<IReadOnlyList<GlossaryTerm>> _terms = new(() => Load(options.Value, markdown, logger));

    public IReadOnlyList<GlossaryTerm> Terms => _terms.Value;

    public static string FilePath(ContentOptions options) => Path.Combine(options.ResolvedPath, "glossary", "glossary.md");

    private static List<GlossaryTerm> Load(ContentOptions options, MarkdownRenderer markdown, ILogger logger)
    {
        var path = FilePath(options);
        if (!File.Exists(path))
        {
            logger.LogWarning("No glossary at {GlossaryFile}", path);
            return [];
        }
        var terms = markdown.RenderSections(File.ReadAllText(path))
            .Select(s => new GlossaryTerm(s.Heading.Id, s.Heading.Text, s.Html))
            .OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase)
            .ToList();
        logger.LogInformation("Glossary loaded: {TermCount} terms", terms.Count);
        return terms;
    }
}
