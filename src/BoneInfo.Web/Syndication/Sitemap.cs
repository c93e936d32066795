using System.Globalization;
using System.Xml.Linq;
using BoneInfo.Web.Articles;
using BoneInfo.Web.Genes;
using BoneInfo.Web.Site;

namespace BoneInfo.Web.Syndication;

/// <summary>
/// /sitemap.xml: every published article (and its Spanish page), the gene pages, the glossary and the lists, each
/// with the time it last changed. A list changes whenever an article in it is published.
/// </summary>
public static class Sitemap
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static XDocument Build(IReadOnlyList<PublishedArticle> articles, IReadOnlyList<Gene> genes, DateTime? glossaryChanged, SiteUrls urls)
    {
        var newest = articles.Max(a => a.PublishedAt);
        var spanish = articles.Where(a => a.Metadata.SummaryEs is not null).ToList();
        var changed = articles.ToDictionary(a => a.Slug, a => a.PublishedAt);
        var entries = new List<(string Path, DateTime? LastModified)> { ("/", newest), ("/conditions", newest), ("/genes", newest) };
        entries.AddRange(articles.Select(a => ($"/conditions/{a.Slug}", a.PublishedAt)));
        entries.AddRange(genes.Select(g => ($"/genes/{g.Symbol}", g.Articles.Max(m => changed.GetValueOrDefault(m.Slug)))));
        if (spanish.Count > 0)
        {
            entries.Add(("/es/conditions", spanish.Max(a => a.PublishedAt)));
            entries.AddRange(spanish.Select(a => ($"/es/conditions/{a.Slug}", a.PublishedAt)));
        }
        entries.Add(("/glossary", glossaryChanged));
        entries.Add(("/api", null));

        var urlset = new XElement(Ns + "urlset", entries.Select(e => new XElement(Ns + "url",
            new XElement(Ns + "loc", urls.Absolute(e.Path)),
            e.LastModified is { } at ? new XElement(Ns + "lastmod", Timestamp(at)) : null)));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), urlset);
    }

    private static string Timestamp(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
