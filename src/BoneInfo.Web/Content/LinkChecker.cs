using BoneInfo.Web.Articles;
using BoneInfo.Web.Markdown;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BoneInfo.Web.Content;

public sealed record BrokenLink(string Slug, string Title, string Href, string Problem);

/// <summary>
/// Finds internal links in article bodies that land nowhere: no such article, no such heading or section on
/// it, no such glossary term. External (http, https, mailto) links are not checked.
/// </summary>
public static class LinkChecker
{
    /// <summary>Ids every article page has besides its headings (Pages/Conditions/Details.cshtml and partials).</summary>
    public static readonly IReadOnlyList<string> PageAnchors =
    [
        "summary-title", "toc-title", "key-facts", "key-facts-title", "features", "features-title",
        "lab-tests", "lab-tests-title", "related", "related-title", "references", "references-title",
    ];

    /// <summary>Site pages an article may link to without a fragment.</summary>
    public static readonly IReadOnlyList<string> SitePages = ["/", "/conditions", "/symptoms", "/search", "/glossary"];

    public static IReadOnlyList<BrokenLink> Check(IEnumerable<ArticleContent> articles, IReadOnlySet<string> glossaryIds)
    {
        var pages = articles.ToDictionary(a => a.Slug, a => (Article: a, Document: MarkdownRenderer.ParseSafely(a.Body)));
        var anchors = pages.ToDictionary(p => p.Key, p => AnchorsOf(p.Value.Article, p.Value.Document));
        var broken = new List<BrokenLink>();
        foreach (var (slug, (article, document)) in pages)
        {
            foreach (var href in InternalLinks(document))
            {
                if (ProblemWith(href, slug, anchors, glossaryIds) is { } problem)
                {
                    broken.Add(new BrokenLink(slug, article.Title, href, problem));
                }
            }
        }
        return broken;
    }

    private static string? ProblemWith(string href, string slug, Dictionary<string, HashSet<string>> anchors, IReadOnlySet<string> glossaryIds)
    {
        var hash = href.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? href : href[..hash];
        var fragment = hash < 0 ? null : Uri.UnescapeDataString(href[(hash + 1)..]);
        path = path.Split('?')[0];
        if (path.Length == 0)
        {
            return fragment is not null && anchors[slug].Contains(fragment) ? null : $"no heading '{fragment}' in this article";
        }
        if (path == "/glossary")
        {
            return fragment is null || glossaryIds.Contains(fragment) ? null : $"no glossary term '{fragment}'";
        }
        const string prefix = "/conditions/";
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return SitePages.Contains(path) && fragment is null ? null : "not a link to an article, a heading or a glossary term";
        }
        var target = path[prefix.Length..].TrimEnd('/');
        if (!anchors.TryGetValue(target, out var targetAnchors))
        {
            return $"no published article '{target}'";
        }
        return fragment is null || targetAnchors.Contains(fragment) ? null : $"no heading '{fragment}' in {target}";
    }

    private static IEnumerable<string> InternalLinks(MarkdownDocument document) =>
        document.Descendants<LinkInline>()
            .Where(l => !l.IsImage && !string.IsNullOrEmpty(l.Url) && !UrlPolicy.IsExternal(l.Url) && !l.Url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            .Select(l => l.Url!);

    private static HashSet<string> AnchorsOf(ArticleContent article, MarkdownDocument document)
    {
        var anchors = document.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id).OfType<string>().ToHashSet();
        anchors.UnionWith(PageAnchors);
        anchors.UnionWith(article.Metadata.References.Select(r => $"ref-{r.Id}"));
        return anchors;
    }
}
