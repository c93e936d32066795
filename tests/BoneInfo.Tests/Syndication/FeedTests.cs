using System.Net;
using System.Xml.Linq;
using BoneInfo.Tests.Editing;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Accounts;
using BoneInfo.Web.Editing;
using Microsoft.Extensions.DependencyInjection;

namespace BoneInfo.Tests.Syndication;

/// <summary>/feed.atom lists new articles and each publish with its change summary, newest first.</summary>
[Trait("Category", "Integration")]
public sealed class FeedTests(TestContentFactory app) : IClassFixture<TestContentFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly Editor Writer = new(-1, "Feed writer", UserRole.Writer);
    private static readonly Editor Reviewer = new(-2, "Feed reviewer", UserRole.Reviewer);
    private async Task<XElement> FeedAsync()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/feed.atom");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
    }

    private async Task<(int Id, int Version)> PublishAsync(int? id, int version, string slug, string body, string changeSummary)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<EditorialService>()
            .SaveDraftAsync(new DraftChange(id, version, EditorSite.SampleContent(slug, body), changeSummary), Writer);
        var published = await scope.ServiceProvider.GetRequiredService<Publisher>().PublishAsync(saved.ArticleId!.Value, saved.Version!.Value, Reviewer);
        Assert.Equal(EditOutcome.Published, published.Outcome);
        return (saved.ArticleId.Value, published.Version!.Value);
    }

    [Fact]
    public async Task ImportedArticlesAreNewArticleEntriesLinkingToTheirPages()
    {
        var feed = await FeedAsync();

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal(BoneInfoFactory.BaseUrl + "/feed.atom", feed.Element(Atom + "id")!.Value);
        var entry = feed.Elements(Atom + "entry").Single(e => e.Element(Atom + "title")!.Value == "New article: Sample bone condition");
        Assert.Equal(BoneInfoFactory.BaseUrl + "/conditions/sample-condition", entry.Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.StartsWith("A made-up condition", entry.Element(Atom + "summary")!.Value, StringComparison.Ordinal);
        Assert.StartsWith("tag:boneinfo.test,2026:article-", entry.Element(Atom + "id")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APublishAddsAnEntryWithItsChangeSummaryAtTheTopAndADraftAddsNothing()
    {
        var (id, version) = await PublishAsync(null, 0, "feed-news", "## Overview\n\nFirst text [1](#ref-1)[2](#ref-2).", "First version");
        var (_, updated) = await PublishAsync(id, version, "feed-news", "## Overview\n\nBetter text [1](#ref-1)[2](#ref-2).", "Rewrote the overview for clarity");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<EditorialService>()
                .SaveDraftAsync(new DraftChange(id, updated, EditorSite.SampleContent("feed-news", "## Overview\n\nDraft [1](#ref-1)[2](#ref-2)."), "Unpublished draft"), Writer);
        }

        var feed = await FeedAsync();

        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal("Updated: Sample feed-news", entries[0].Element(Atom + "title")!.Value);
        Assert.Equal("Rewrote the overview for clarity", entries[0].Element(Atom + "summary")!.Value);
        Assert.Equal(BoneInfoFactory.BaseUrl + "/conditions/feed-news", entries[0].Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.Equal("New article: Sample feed-news", entries[1].Element(Atom + "title")!.Value);
        Assert.DoesNotContain(entries, e => e.Element(Atom + "summary")!.Value == "Unpublished draft");
        Assert.Equal(entries[0].Element(Atom + "updated")!.Value, feed.Element(Atom + "updated")!.Value);
        var times = entries.Select(e => DateTime.Parse(e.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(times.OrderDescending(), times);
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
    }
}
