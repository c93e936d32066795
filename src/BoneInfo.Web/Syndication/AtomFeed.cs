using System.Globalization;
using System.Xml.Linq;
using BoneInfo.Web.Site;

namespace BoneInfo.Web.Syndication;

/// <summary>The Atom feed (RFC 4287) of new articles and of each publish with its change summary.</summary>
public static class AtomFeed
{
    public const int Size = 50;
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static XDocument Build(IReadOnlyList<PublishedChange> changes, SiteUrls urls)
    {
        var host = Uri.TryCreate(urls.BaseUrl, UriKind.Absolute, out var baseUri) ? baseUri.Host : "localhost";
        var updated = changes.Count > 0 ? changes[0].PublishedAt : DateTime.UnixEpoch;
        var feed = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", "en-GB"),
            new XElement(Atom + "id", urls.Absolute("/feed.atom")),
            new XElement(Atom + "title", "BoneInfo: new and updated articles"),
            new XElement(Atom + "subtitle", "Each article BoneInfo publishes or updates, with what changed."),
            Link("self", "application/atom+xml", urls.Absolute("/feed.atom")),
            Link("alternate", "text/html", urls.Absolute("/")),
            new XElement(Atom + "updated", Timestamp(updated)),
            new XElement(Atom + "author", new XElement(Atom + "name", "BoneInfo")),
            changes.Select(c => Entry(c, urls, host)));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), feed);
    }

    private static XElement Entry(PublishedChange change, SiteUrls urls, string host) => new(Atom + "entry",
        // Stable across renames: the article's id and the revision's number, under the site's own name (RFC 4151).
        new XElement(Atom + "id", $"tag:{host},2026:article-{change.ArticleId}-revision-{change.Number}"),
        new XElement(Atom + "title", (change.IsNewArticle ? "New article: " : "Updated: ") + change.Title),
        Link("alternate", "text/html", urls.Absolute($"/conditions/{change.Slug}")),
        new XElement(Atom + "updated", Timestamp(change.PublishedAt)),
        new XElement(Atom + "category", new XAttribute("term", change.Category)),
        new XElement(Atom + "summary", new XAttribute("type", "text"), change.IsNewArticle ? change.Summary : Note(change.ChangeSummary)));

    private static string Note(string changeSummary) => string.IsNullOrWhiteSpace(changeSummary) ? "Updated." : changeSummary.Trim();

    private static XElement Link(string rel, string type, string href) =>
        new(Atom + "link", new XAttribute("rel", rel), new XAttribute("type", type), new XAttribute("href", href));

    private static string Timestamp(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
