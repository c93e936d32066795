using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using BoneInfo.Tests.Editing;
using BoneInfo.Web.Editing;

namespace BoneInfo.Tests.Caching;

/// <summary>Public pages are cached, validated and compressed, and a publish is visible at once to the next reader.</summary>
[Trait("Category", "Integration")]
public sealed class PageCachingTests(EditorSite site) : IClassFixture<EditorSite>
{
    private HttpClient Reader() => site.App.CreateClient(new() { AllowAutoRedirect = false });

    private static async Task PublishAsync(HttpClient writer, HttpClient reviewer, int id, Dictionary<string, string> changes)
    {
        Assert.Equal(HttpStatusCode.SeeOther, (await EditorSite.PostEditAsync(writer, EditorRoutes.Edit(id), changes, "submit")).StatusCode);
        Assert.EndsWith("done=published", (await EditorSite.PostEditAsync(reviewer, EditorRoutes.Edit(id), [], "publish")).Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConditionPageAnswers304ToItsOwnETagAndMayBeKeptByBrowsers()
    {
        using var reader = Reader();
        var first = await reader.GetAsync("/conditions/sample-condition");
        var etag = first.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, "/conditions/sample-condition");
        again.Headers.IfNoneMatch.Add(etag);
        var second = await reader.SendAsync(again);

        Assert.False(etag.IsWeak);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.True(first.Headers.CacheControl is { Public: true, MaxAge.TotalSeconds: 60 });
        Assert.NotNull(first.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task AfterAPublishTheNextReaderSeesTheNewTextOnThePageTheListsAndSearch()
    {
        var (writer, reviewer, id) = await site.DraftForReviewAsync("cache-evict");
        await PublishAsync(writer, reviewer, id, []);
        using var reader = Reader();
        foreach (var path in new[] { "/", "/conditions", "/conditions/cache-evict" })
        {
            Assert.Contains("Sample cache-evict", await reader.GetStringAsync(path), StringComparison.Ordinal); // now cached
        }

        await PublishAsync(writer, reviewer, id, new() { ["Form.Title"] = "Quartzite evictions", ["Form.ChangeSummary"] = "Renamed" });

        foreach (var path in new[] { "/", "/conditions", "/conditions/cache-evict", "/api/search?q=quartzite" })
        {
            var body = await reader.GetStringAsync(path);
            Assert.Contains("Quartzite evictions", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Sample cache-evict", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AfterAPublishTheNextReaderSeesTheChangeOnTheLetterPages()
    {
        var (writer, reviewer, id) = await site.DraftForReviewAsync("letter-evict");
        await PublishAsync(writer, reviewer, id, []);
        using var reader = Reader();
        Assert.Contains("Sample letter-evict", await reader.GetStringAsync("/conditions/letter/s"), StringComparison.Ordinal); // now cached

        await PublishAsync(writer, reviewer, id, new() { ["Form.Title"] = "Quartzite letters", ["Form.ChangeSummary"] = "Renamed" });

        Assert.DoesNotContain("Sample letter-evict", await reader.GetStringAsync("/conditions/letter/s"), StringComparison.Ordinal);
        Assert.Contains("Quartzite letters", await reader.GetStringAsync("/conditions/letter/q"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterAPublishTheNextReaderSeesTheNewSpanishSummaryOnItsPageAndTheSpanishList()
    {
        var (writer, reviewer, id) = await site.DraftForReviewAsync("spanish-evict");
        await PublishAsync(writer, reviewer, id, new() { ["Form.SummaryEs"] = "Un resumen primero.", ["Form.ChangeSummary"] = "Spanish" });
        using var reader = Reader();
        foreach (var path in new[] { "/es/conditions", "/es/conditions/spanish-evict" })
        {
            var first = await reader.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.True(first.Headers.CacheControl is { Public: true }, path); // stored by the page cache
            Assert.Contains("Un resumen primero.", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await PublishAsync(writer, reviewer, id, new() { ["Form.SummaryEs"] = "Un resumen nuevo.", ["Form.ChangeSummary"] = "Spanish again" });

        foreach (var path in new[] { "/es/conditions", "/es/conditions/spanish-evict" })
        {
            var body = await reader.GetStringAsync(path);
            Assert.Contains("Un resumen nuevo.", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Un resumen primero.", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ASignedInEditorsPageIsNeverStoredOrShownToAReader()
    {
        var reviewer = await site.SignInAsync(EditorSite.Reviewer);

        var editorsView = await reviewer.GetAsync("/glossary");
        var readersView = await Reader().GetStringAsync("/glossary");

        Assert.True(editorsView.Headers.CacheControl is { Private: true, NoStore: true });
        Assert.Contains(EditorSite.Reviewer.Split('@')[0], await editorsView.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(EditorSite.Reviewer.Split('@')[0], readersView, StringComparison.OrdinalIgnoreCase);
        Assert.True((await reviewer.GetAsync("/admin")).Headers.CacheControl is { Private: true, NoStore: true });
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task CompressedAndPlainBodiesAreTheSamePage(string encoding)
    {
        using var reader = Reader();
        var plain = await reader.GetByteArrayAsync("/conditions/sample-condition");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/conditions/sample-condition");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        var response = await reader.SendAsync(request);
        await using var stream = await response.Content.ReadAsStreamAsync();
        await using Stream decoded = encoding == "br" ? new BrotliStream(stream, CompressionMode.Decompress) : new GZipStream(stream, CompressionMode.Decompress);
        using var copy = new MemoryStream();
        await decoded.CopyToAsync(copy);

        Assert.Equal(encoding, response.Content.Headers.ContentEncoding.Single());
        Assert.True(response.Content.Headers.ContentLength is null || response.Content.Headers.ContentLength < plain.Length);
        Assert.Equal(plain, copy.ToArray());
    }

    [Fact]
    public async Task TheSignInPageWithItsAntiforgeryTokenIsNotCompressedOverHttps()
    {
        using var client = site.App.CreateClient(new() { BaseAddress = new Uri("https://localhost") });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/signin");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true });
    }
}
