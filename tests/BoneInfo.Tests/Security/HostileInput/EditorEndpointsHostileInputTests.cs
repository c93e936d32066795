using BoneInfo.Tests.Editing;
using BoneInfo.Web.Editing;
using Xunit.Abstractions;
using static BoneInfo.Tests.Security.HostileInput.EditorForms;

namespace BoneInfo.Tests.Security.HostileInput;

/// <summary>
/// Every corpus string in the editor's other parameters: the hidden numbers, the button pressed, the publish time,
/// a new article's form, the live preview, autosave, restoring and comparing revisions, and the edit page's query.
/// Each is refused or obeyed, never a server error, and nothing from it comes back as markup.
/// </summary>
[Trait("Category", "Integration")]
public sealed class EditorEndpointsHostileInputTests(HostileSite site, ITestOutputHelper output) : IClassFixture<HostileSite>
{
    private const string Edit = "POST /admin/articles/{id}/edit";

    [Fact]
    public async Task EveryOtherEditorParameterIsRefusedOrObeyedWithoutAServerError()
    {
        var report = new SweepReport();
        var articles = await WorkerPool.CreateAsync(i => site.NewArticleAsync($"pool-{i}"));

        await report.RunAsync(HostileCorpus.All, _ => Edit, s => s, s => articles.UseAsync(async id =>
        {
            await ArticleParametersAsync(s, id, report);
            await OtherEndpointsAsync(s, id, report);
        }));

        report.AssertClean(output);
        Assert.True(report.Count("POST /admin/articles/{id}/edit PublishAt (schedule)", 3) > 0, "no publish time was accepted: the sweep is not reaching the schedule");
    }

    private async Task ArticleParametersAsync(HostileString s, int id, SweepReport report)
    {
        var path = EditorRoutes.Edit(id);
        var buttonAndNumbers = NumberFields.Append("Command").ToDictionary(f => f, _ => s.Encoded);
        report.Record(NumberFields.Append("Command").Select(f => $"{Edit} {f}").ToArray(), s,
            await site.Author.PostAsync(path, HostileSite.WithToken(await site.ArticleFieldsAsync(id), site.AuthorToken, buttonAndNumbers)));

        // The publisher did not write the working revision, so a schedule goes as far as the time it names.
        var schedule = new Dictionary<string, string> { ["PublishAt"] = s.Encoded, ["Command"] = "schedule" };
        report.Record($"{Edit} PublishAt (schedule)", s,
            await site.Publisher.PostAsync(path, HostileSite.WithToken(await site.ArticleFieldsAsync(id), site.PublisherToken, schedule)));
    }

    private async Task OtherEndpointsAsync(HostileString s, int id, SweepReport report)
    {
        // Every field is previewed on an article's edit page (EditorHostileInputTests); a new one differs in its slug.
        var sample = EditorSite.FieldsOf(ArticleForm.From(EditorSite.SampleContent($"new-{s.Line}"), null, 0));
        var everyField = TextFields.ToDictionary(f => $"Form.{f}", _ => s.Encoded);
        var slugAndTitle = new Dictionary<string, string> { ["Form.Slug"] = s.Encoded, ["Form.Title"] = s.Encoded, ["Command"] = "save" };
        var created = await site.Author.PostAsync(EditorRoutes.New, HostileSite.WithToken(sample, site.AuthorToken, slugAndTitle));
        report.Record(Names(["Slug", "Title"], "new article, save"), s, created, created.Status == 422 ? Lost(created, ["Slug", "Title"], s, site.Html) : []);

        report.Record("POST /admin/articles/preview Form.Body", s,
            await site.Author.PostAsync(EditorRoutes.Preview, HostileSite.WithToken(new Dictionary<string, string>(), site.AuthorToken, new() { ["Form.Body"] = s.Encoded })));
        var plain = await site.ArticleFieldsAsync(id);
        report.Record(Names(TextFields, "autosave"), s, await site.Author.PostAsync(EditorRoutes.Autosave, HostileSite.WithToken(plain, site.AuthorToken, everyField)));
        report.Record(NumberFields.Select(f => $"POST /admin/articles/autosave {f}").ToArray(), s,
            await site.Author.PostAsync(EditorRoutes.Autosave, HostileSite.WithToken(plain, site.AuthorToken, NumberFields.ToDictionary(f => f, _ => s.Encoded))));

        var restore = new Dictionary<string, string> { ["number"] = s.Encoded, ["version"] = s.Encoded };
        report.Record(["POST /admin/articles/{id}/history number (restore)", "POST /admin/articles/{id}/history version (restore)"], s,
            await site.Author.PostAsync(EditorRoutes.History(id), HostileSite.WithToken(new Dictionary<string, string>(), site.AuthorToken, restore), "handler=Restore"));
        report.Record(["GET /admin/articles/{id}/diff from", "GET /admin/articles/{id}/diff to"], s,
            await site.Author.GetAsync($"/admin/articles/{id}/diff", $"from={s.Encoded}&to={s.Encoded}"));
        report.Record("GET /admin/articles/{id}/edit recover", s, await site.Author.GetAsync(EditorRoutes.Edit(id), $"recover={s.Encoded}"));
        report.Record(["GET /admin/articles/{id}/edit restore", "GET /admin/articles/{id}/edit done"], s,
            await site.Author.GetAsync(EditorRoutes.Edit(id), $"restore={s.Encoded}&done={s.Encoded}"));
    }
}
