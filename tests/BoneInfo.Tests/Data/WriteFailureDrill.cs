using System.Globalization;
using System.Net;
using System.Text.Json;
using BoneInfo.Tests.Editing;
using BoneInfo.Web.Editing;

namespace BoneInfo.Tests.Data;

/// <summary>
/// One storage fault from start to end, as a reader and an editor meet it: while it lasts, readers get pages, /health
/// is degraded with the reason, a save is refused with a 503 edit page that says so and holds the posted text, and
/// autosave answers a JSON error; nothing half-saved. Once it is over, the same post saves and /health is healthy.
/// </summary>
public static class WriteFailureDrill
{
    public static async Task RunAsync(EditorSite site, string slug, string reason, Func<Task> beginFault, Func<Task> endFault)
    {
        var writer = await site.SignInAsync(EditorSite.Writer);
        var id = await EditorSite.NewArticleAsync(writer, slug);
        var fields = EditorSite.EditorFields(await EditorSite.GetPageAsync(writer, EditorRoutes.Edit(id)));
        fields["Form.Body"] = UnsavedBody(slug, fields["Form.Body"]);
        fields["Form.ChangeSummary"] = "Written while the database refused writes";
        using var reader = site.App.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/conditions/sample-condition")).StatusCode);
        var revisionsBefore = (await site.RevisionsAsync(id)).Count;

        await beginFault();
        try
        {
            var refused = await PostAsync(writer, EditorRoutes.Edit(id), fields, "save");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.True(refused.Headers.RetryAfter is not null, "a refused save says when to try again");
            var page = await EditorSite.ReadAsync(refused);
            var summary = page.QuerySelector(".error-summary")?.TextContent ?? "";
            Assert.Contains("Not saved", summary, StringComparison.Ordinal);
            Assert.Contains(reason, summary, StringComparison.Ordinal);
            Assert.Equal(fields["Form.Body"], EditorSite.FieldValue(page, "Body")?.ReplaceLineEndings("\n"));
            Assert.Equal("true", page.QuerySelector("form.editor")?.GetAttribute("data-not-saved"));
            Assert.Equal(EditorRoutes.Edit(id), page.QuerySelector("form.editor")?.GetAttribute("action"));

            var autosave = await writer.PostAsync(EditorRoutes.Autosave, new FormUrlEncodedContent(fields));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, autosave.StatusCode);
            using (var error = JsonDocument.Parse(await autosave.Content.ReadAsStringAsync()))
            {
                Assert.Contains(reason, error.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
            }

            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/conditions/sample-condition")).StatusCode);
            var (status, writes) = await HealthAsync(reader);
            Assert.Equal("degraded", status);
            Assert.Contains(reason, writes, StringComparison.Ordinal);
        }
        finally
        {
            await endFault();
        }

        var saved = await PostAsync(writer, EditorRoutes.Edit(id), fields, "save");
        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        var revisions = await site.RevisionsAsync(id);
        Assert.Equal(revisionsBefore + 1, revisions.Count);
        Assert.Equal(fields["Form.Body"], revisions[^1].Body.ReplaceLineEndings("\n"));
        Assert.Equal(("healthy", "ok"), await HealthAsync(reader));
    }

    /// <summary>The article's text with a long addition: hundreds of kilobytes, so storing it needs new pages.</summary>
    public static string UnsavedBody(string slug, string body) =>
        $"{body.ReplaceLineEndings("\n").Trim()}\n\n## Unsaved work on {slug}\n\n" +
        string.Concat(Enumerable.Range(1, 6000).Select(i => string.Create(CultureInfo.InvariantCulture, $"Sentence {i} of text that must not be lost. ")));

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, Dictionary<string, string> fields, string command) =>
        client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["Command"] = command }));

    /// <summary>/health's overall status and the description of its <c>writes</c> check (always answered with 200 unless unhealthy).</summary>
    public static async Task<(string Status, string Writes)> HealthAsync(HttpClient client)
    {
        var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (json.RootElement.GetProperty("status").GetString()!,
            json.RootElement.GetProperty("checks").GetProperty("writes").GetProperty("description").GetString()!);
    }
}
