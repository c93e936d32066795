using BoneInfo.Web.Articles;
using BoneInfo.Web.Caching;
using BoneInfo.Web.Genes;
using BoneInfo.Web.Hpo;
using BoneInfo.Web.Markdown;
using BoneInfo.Web.Site;
using BoneInfo.Web.StructuredData;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace BoneInfo.Web.Pages.Conditions;

[PublicPage]
[OutputCache(PolicyName = PublicPageCachePolicy.Name)]
public sealed class DetailsModel(IArticleRepository articles, MarkdownRenderer markdown, HpoTerms hpo, SiteUrls urls, ILogger<DetailsModel> logger) : PageModel
{
    private const string TreatmentSection = "treatment-and-management";

    public Article Article { get; private set; } = null!;
    public RenderedMarkdown Rendered { get; private set; } = null!;
    public IReadOnlyList<TocEntry> Contents { get; private set; } = [];
    public IReadOnlyList<ArticleListItem> Related { get; private set; } = [];

    /// <summary>A diagram for each inheritance pattern the article's genes (or inheritance line) state.</summary>
    public IReadOnlyList<Pedigree> Pedigrees { get; private set; } = [];

    /// <summary>schema.org data for search engines (escaped for a script element).</summary>
    public string JsonLd { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken cancellationToken)
    {
        if (slug is null)
        {
            return NotFound(); // a segment of only whitespace binds as no value
        }
        var article = await articles.GetPublishedAsync(slug, cancellationToken);
        if (article is null)
        {
            // A renamed article keeps its old address working.
            var current = await articles.FindRedirectAsync(slug, cancellationToken);
            return current is null ? NotFound() : RedirectPermanent($"/conditions/{current}");
        }
        Article = article;
        var related = await articles.ListPublishedAsync(article.Metadata.Related.ToList(), cancellationToken);
        Related = article.Metadata.Related.Select(r => related.FirstOrDefault(p => p.Slug == r)).OfType<ArticleListItem>().ToList();
        // Strong: the page changes only when the article or an article it lists as related is published again, or
        // when its body is rendered by a new Markdown pipeline.
        var etag = new EntityTagHeaderValue($"\"{article.Id}-{article.Version}r{article.RendererVersion}-{string.Join('.', Related.Select(r => r.Version))}\"");
        Response.Headers.ETag = etag.ToString();
        if (Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Compare(etag, useStrongComparison: true) || t == EntityTagHeaderValue.Any))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }
        Rendered = StoredBody(article);
        Pedigrees = article.Kind == ArticleKind.Condition ? InheritancePatterns.Of(article.Metadata).Select(Web.Genes.Pedigrees.For).ToList() : [];
        Contents = [.. Rendered.Contents, .. StructuredSections()];
        var url = urls.Absolute($"/conditions/{article.Slug}");
        var treatment = Rendered.Contents.Any(c => c.Id == TreatmentSection) ? $"{url}#{TreatmentSection}" : null;
        JsonLd = MedicalJsonLd.For(article, url, treatment, hpo);
        return Page();
    }

    /// <summary>
    /// The body as rendered when it was published (no Markdown work). Publishing and the start-up always store it; a
    /// row without it was written behind the app's back, and is rendered here (and logged) rather than shown empty.
    /// </summary>
    private RenderedMarkdown StoredBody(Article article)
    {
        if (article.RenderedHtml is { } html)
        {
            return RenderedMarkdown.FromStored(html, article.RenderedContents);
        }
        logger.LogWarning("Article {Slug} has no rendered HTML; rendered for this request (run -- rerender)", article.Slug);
        return markdown.Render(article.Body);
    }

    private IEnumerable<TocEntry> StructuredSections()
    {
        var m = Article.Metadata;
        if (m.Genes.Count > 0 || m.Codes.Count > 0 || m.Inheritance is not null || m.Specialists.Count > 0)
        {
            yield return new TocEntry(2, "key-facts", "Key facts");
        }
        if (Pedigrees.Count > 0)
        {
            yield return new TocEntry(2, "passed-on", "How it is passed on");
        }
        if (m.Phenotypes.Count > 0)
        {
            yield return new TocEntry(2, "features", "Features and how often they occur");
        }
        if (m.Labs.Count > 0)
        {
            yield return new TocEntry(2, "lab-tests", "Laboratory findings");
        }
        if (Related.Count > 0)
        {
            yield return new TocEntry(2, "related", "Related conditions");
        }
        yield return new TocEntry(2, "references", "References");
    }
}
