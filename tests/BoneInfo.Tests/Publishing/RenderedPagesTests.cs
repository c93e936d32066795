using BoneInfo.Tests.Editing;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Caching;
using BoneInfo.Web.Editing;
using BoneInfo.Web.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace BoneInfo.Tests.Publishing;

[Trait("Category", "Integration")]
public sealed class RenderedPagesOnSqlite(EditorSite site) : RenderedPagesTests<EditorSite>(site);

[Trait("Category", "Integration")]
public sealed class RenderedPagesOnPostgreSql(PostgreSqlEditorSite site) : RenderedPagesTests<PostgreSqlEditorSite>(site), IPostgreSqlTests;

/// <summary>A condition page shows the HTML stored when the article was published, on each database provider.</summary>
public abstract class RenderedPagesTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : EditorSite
{
    private async Task PublishAsync(string slug, string body)
    {
        var writer = await site.SignInAsync(EditorSite.Writer);
        var reviewer = await site.SignInAsync(EditorSite.Reviewer);
        var id = await EditorSite.NewArticleAsync(writer, slug, body);
        await EditorSite.PostEditAsync(writer, EditorRoutes.Edit(id), [], "submit");
        var published = await EditorSite.PostEditAsync(reviewer, EditorRoutes.Edit(id), [], "publish");
        Assert.EndsWith("?done=published", published.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private async Task<string> BodyTextAsync(string slug) =>
        (await site.App.GetPageAsync($"/conditions/{slug}")).Document.QuerySelector(".article-body")!.TextContent;

    private async Task WithServicesAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = site.App.Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    [DatabaseFact]
    public async Task APagePublishedAgainShowsTheNewTextFromItsStoredHtml()
    {
        await PublishAsync("published-twice", "## Overview\n\nFirst wording of the page [1](#ref-1)[2](#ref-2).");
        Assert.Contains("First wording of the page", await BodyTextAsync("published-twice"), StringComparison.Ordinal);
        var writer = await site.SignInAsync(EditorSite.Writer);
        var reviewer = await site.SignInAsync(EditorSite.Reviewer);
        var id = (await site.WithDbAsync(db => StoredHtml.LoadAsync(db, "published-twice"))).Id;
        await EditorSite.PostEditAsync(writer, EditorRoutes.Edit(id), new() { ["Form.Body"] = "## Overview\n\nSecond wording of the page [1](#ref-1)[2](#ref-2)." }, "submit");

        await EditorSite.PostEditAsync(reviewer, EditorRoutes.Edit(id), [], "publish");

        var text = await BodyTextAsync("published-twice");
        Assert.Contains("Second wording of the page", text, StringComparison.Ordinal);
        Assert.DoesNotContain("First wording", text, StringComparison.Ordinal);
        StoredHtml.AssertIsAFreshRenderOfTheBody(await site.WithDbAsync(db => StoredHtml.LoadAsync(db, "published-twice")));
    }

    [DatabaseFact]
    public async Task ThePageShowsTheStoredHtmlNotARenderingOfTheBody()
    {
        await PublishAsync("stored-html", "## Overview\n\nWords from the Markdown body [1](#ref-1)[2](#ref-2).");
        await site.WithDbAsync(db => StoredHtml.OverwriteAsync(db, "stored-html", "<p>Words only in the stored HTML.</p>"));
        await WithServicesAsync(services => services.GetRequiredService<PageCache>().EvictAsync(["stored-html"]));

        var text = await BodyTextAsync("stored-html");

        Assert.Contains("Words only in the stored HTML.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Words from the Markdown body", text, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task RenderingAgainWhileTheAppRunsEvictsTheCachedPage()
    {
        await PublishAsync("cached-stale", "## Overview\n\nThe current rendering [1](#ref-1)[2](#ref-2).");
        await site.WithDbAsync(db => StoredHtml.MakeStaleAsync(db, "cached-stale", "<p>An old rendering.</p>"));
        await WithServicesAsync(services => services.GetRequiredService<PageCache>().EvictAsync(["cached-stale"]));
        Assert.Contains("An old rendering.", await BodyTextAsync("cached-stale"), StringComparison.Ordinal); // now cached

        await WithServicesAsync(services => services.GetRequiredService<PublishedRendering>().RerenderStaleAsync());

        var text = await BodyTextAsync("cached-stale");
        Assert.Contains("The current rendering", text, StringComparison.Ordinal);
        Assert.DoesNotContain("An old rendering.", text, StringComparison.Ordinal);
    }
}
