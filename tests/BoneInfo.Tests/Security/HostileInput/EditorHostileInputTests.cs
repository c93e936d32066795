using BoneInfo.Web.Editing;
using Xunit.Abstractions;
using static BoneInfo.Tests.Security.HostileInput.EditorForms;

namespace BoneInfo.Tests.Security.HostileInput;

/// <summary>
/// Every corpus string through the article editor as an Admin would send it: previewed in every field, saved
/// (every field at once, then the fields that accepted it), published by a second reviewer, and read back on the
/// edit page, the public page, the Spanish page, the API, search and the feed. A refused form keeps the editor's
/// text; saved text is escaped everywhere it is shown. Four articles take turns, each string written over the
/// sample text; every 25 publishes the lists, the feed and the sitemap are read.
/// </summary>
[Trait("Category", "Integration")]
public sealed class EditorHostileInputTests(HostileSite site, ITestOutputHelper output) : IClassFixture<HostileSite>
{
    private const string Edit = "POST /admin/articles/{id}/edit";
    private const string Publish = "POST /admin/articles/{id}/edit Command=publish (saved text)";
    private int _published;

    [Fact]
    public async Task HostileTextIsKeptWhenRefusedAndEscapedWhereverItIsShownOnceSavedAndPublished()
    {
        var report = new SweepReport();
        var articles = await WorkerPool.CreateAsync(async i => (Id: await site.NewArticleAsync($"hostile-{i}"), Slug: $"hostile-{i}"));

        await report.RunAsync(HostileCorpus.All, _ => Edit, s => s, s => articles.UseAsync(a => WriteAndPublishAsync(s, a.Id, a.Slug, report)));
        await ReadListsAsync(report, HostileCorpus.All[^1]);

        report.AssertClean(output);
        Assert.True(report.Count(Publish, 3) >= HostileCorpus.All.Count / 2,
            "fewer than half the strings were saved and published: the sweep is not reaching the public pages");
    }

    private async Task WriteAndPublishAsync(HostileString s, int id, string slug, SweepReport report)
    {
        var path = EditorRoutes.Edit(id);
        var plain = await site.SampleFieldsAsync(id, slug);
        var body = plain["Form.Body"];

        var preview = await site.Author.PostAsync(path, Post(plain, TextFields, s, "preview"));
        report.Record(Names(TextFields, "preview"), s, preview, Lost(preview, TextFields, s, site.Html));

        // The body keeps its citations after the hostile text, so the rules about references still hold.
        var saveAll = await site.Author.PostAsync(path, Post(plain, TextFields, s, "save", RawClient.Encode("\n\n" + body)));
        report.Record(Names(TextFields, "save"), s, saveAll, saveAll.Status == 422 ? Lost(saveAll, TextFields, s, site.Html) : []);
        var saved = saveAll.Status == 303;
        if (saveAll.Status == 422 && TextFields.Except(WithErrors(saveAll, TextFields)).ToArray() is { Length: > 0 } accepted)
        {
            var saveSome = await site.Author.PostAsync(path, Post(plain, accepted, s, "save", RawClient.Encode("\n\n" + body)));
            report.Record(Names(accepted, "saved alone"), s, saveSome, saveSome.Status == 422 ? Lost(saveSome, accepted, s, site.Html) : []);
            saved = saveSome.Status == 303;
        }
        if (saved)
        {
            await PublishAndReadAsync(s, report, id);
        }
    }

    /// <summary>Every page that lists articles, the feed (its 50 newest publishes) and the admin lists.</summary>
    private async Task ReadListsAsync(SweepReport report, HostileString after)
    {
        foreach (var list in PublishedLists.Public)
        {
            var response = await site.Anonymous.GetAsync(list);
            report.Record($"GET {list} (published text)", after, response, PublishedLists.SnippetProblems(response));
        }
        foreach (var list in PublishedLists.Admin)
        {
            report.Record($"GET {list} (published text)", after, await site.Author.GetAsync(list));
        }
    }

    /// <summary>The second Admin publishes the saved article as the edit page would show it, and everyone reads it.</summary>
    private async Task PublishAndReadAsync(HostileString s, SweepReport report, int id)
    {
        var fields = await site.ArticleFieldsAsync(id);
        var publish = await site.Publisher.PostAsync(EditorRoutes.Edit(id), HostileSite.WithToken(fields, site.PublisherToken, new() { ["Command"] = "publish" }));
        report.Record(Publish, s, publish, publish.Status == 303 ? [] : [$"not published: {publish.Status}"]);
        var slug = RawClient.Encode(fields["Form.Slug"]);
        foreach (var (name, address, query) in PublishedLists.ArticlePages(slug, s.Encoded))
        {
            var response = await site.Anonymous.GetAsync(address, query);
            report.Record($"GET {name} (published text)", s, response, PublishedLists.SnippetProblems(response));
        }
        if (Interlocked.Increment(ref _published) % 25 == 0)
        {
            await ReadListsAsync(report, s);
        }
    }

    /// <summary>The form as loaded, with <paramref name="fields"/> set to the hostile string and the command pressed.</summary>
    private string Post(Dictionary<string, string> plain, IEnumerable<string> fields, HostileString s, string command, string? afterBody = null)
    {
        var hostile = fields.ToDictionary(f => $"Form.{f}", f => f == "Body" && afterBody is not null ? s.Encoded + afterBody : s.Encoded);
        hostile["Command"] = command;
        return HostileSite.WithToken(plain, site.AuthorToken, hostile);
    }
}
