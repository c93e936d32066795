using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Accounts;
using BoneInfo.Web.Articles;
using BoneInfo.Web.Content;
using BoneInfo.Web.Data;
using BoneInfo.Web.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoneInfo.Tests.Editing;

/// <summary>
/// BoneInfo on one SQLite file (or, as <see cref="PostgreSqlEditorSite"/>, one PostgreSQL database) for a test class, with a writer and two reviewers, and helpers that use the edit
/// page the way a browser does: load it, read every field of its form, change some, press a button.
/// </summary>
public class EditorSite : IAsyncLifetime
{
    public EditorSite() : this(DatabaseProvider.Sqlite)
    {
    }

    protected EditorSite(DatabaseProvider provider) : this(new BoneInfoFactory(RepoPaths.TestContent, provider))
    {
    }

    /// <summary>The site on an app set up by the caller (e.g. with a fault switch among its services).</summary>
    protected EditorSite(BoneInfoFactory app) => App = app;

    public const string Writer = "writer@boneinfo.test";
    public const string Reviewer = "reviewer@boneinfo.test";
    public const string OtherReviewer = "other.reviewer@boneinfo.test";

    public BoneInfoFactory App { get; }

    public async Task InitializeAsync()
    {
        await TestUsers.AddAsync(App, Writer, UserRole.Writer);
        await TestUsers.AddAsync(App, Reviewer, UserRole.Reviewer);
        await TestUsers.AddAsync(App, OtherReviewer, UserRole.Reviewer);
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    public Task<HttpClient> SignInAsync(string email) => TestUsers.SignedInClientAsync(App, email);

    /// <summary>The sample condition's content under a new slug (it validates, and cites its two references).</summary>
    public static ArticleContent SampleContent(string slug, string? body = null)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.TestContent, "sample-condition.md"));
        var content = ContentFileParser.Parse(text, "sample-condition").Content!;
        return content with { Slug = slug, Title = "Sample " + slug, Body = body ?? content.Body };
    }

    /// <summary>Writes a new article through /admin/articles/new; returns its id.</summary>
    public static async Task<int> NewArticleAsync(HttpClient client, string slug, string? body = null)
    {
        var fields = FieldsOf(ArticleForm.From(SampleContent(slug, body), null, 0));
        var response = await PostEditAsync(client, EditorRoutes.New, fields, "save");
        var location = response.Headers.Location?.OriginalString ?? throw new InvalidOperationException($"new article not saved: {(int)response.StatusCode}");
        return int.Parse(location.Split('/')[3], CultureInfo.InvariantCulture);
    }

    /// <summary>The writer and a reviewer signed in, and a new draft by the writer.</summary>
    public async Task<(HttpClient Writer, HttpClient Reviewer, int Id)> DraftForReviewAsync(string slug)
    {
        var writer = await SignInAsync(Writer);
        var reviewer = await SignInAsync(Reviewer);
        return (writer, reviewer, await NewArticleAsync(writer, slug));
    }

    /// <summary>A writer's new article saved again with <paramref name="changes"/> that break a rule: the 422 page shown.</summary>
    public async Task<(int Id, IHtmlDocument Page)> RefusedSaveAsync(string slug, Dictionary<string, string> changes)
    {
        var writer = await SignInAsync(Writer);
        var id = await NewArticleAsync(writer, slug);
        var response = await PostEditAsync(writer, EditorRoutes.Edit(id), changes, "save");
        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, response.StatusCode);
        return (id, await ReadAsync(response));
    }

    /// <summary>Loads the edit page, changes the given fields, and presses the button with <paramref name="command"/>.</summary>
    public static async Task<HttpResponseMessage> PostEditAsync(HttpClient client, string path, Dictionary<string, string> changes, string command)
    {
        var fields = EditorFields(await GetPageAsync(client, path));
        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }
        fields["Command"] = command;
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    public static async Task<IHtmlDocument> GetPageAsync(HttpClient client, string path) =>
        new HtmlParser().ParseDocument(await client.GetStringAsync(path));

    public static async Task<IHtmlDocument> ReadAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>Every field of a form as a browser would send it (the buttons aside).</summary>
    public static Dictionary<string, string> EditorFields(IHtmlDocument page, string selector = "form.editor")
    {
        var form = page.QuerySelector(selector) ?? throw new InvalidOperationException($"no {selector} on the page");
        var fields = new Dictionary<string, string>();
        foreach (var element in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            fields[element.GetAttribute("name")!] = element switch
            {
                IHtmlTextAreaElement area => area.Value,
                IHtmlSelectElement select => select.Value ?? "",
                _ => element.GetAttribute("value") ?? "",
            };
        }
        return fields;
    }

    public static Dictionary<string, string> FieldsOf(ArticleForm form) => typeof(ArticleForm).GetProperties()
        .ToDictionary(p => ArticleForm.Prefix + p.Name, p => Convert.ToString(p.GetValue(form), CultureInfo.InvariantCulture) ?? "");

    public static string? ErrorFor(IHtmlDocument page, string field) => page.QuerySelector($"#Form_{field}-error")?.TextContent.Trim();

    public static string? FieldValue(IHtmlDocument page, string field) => page.QuerySelector($"#Form_{field}") switch
    {
        IHtmlTextAreaElement area => area.Value,
        IElement element => element.GetAttribute("value"),
        null => null,
    };

    public async Task<T> WithDbAsync<T>(Func<BoneInfoDbContext, Task<T>> query)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>());
    }

    public Task<Article> ArticleAsync(int id) => WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == id));

    public Task<List<ArticleRevision>> RevisionsAsync(int id) =>
        WithDbAsync(db => db.Revisions.AsNoTracking().Where(r => r.ArticleId == id).OrderBy(r => r.Number).ToListAsync());
}

public sealed class PostgreSqlEditorSite() : EditorSite(DatabaseProvider.PostgreSql);
