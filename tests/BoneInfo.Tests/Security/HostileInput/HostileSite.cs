using System.Globalization;
using System.Text.Encodings.Web;
using AngleSharp.Html.Parser;
using BoneInfo.Tests.Editing;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Accounts;
using BoneInfo.Web.Data;
using BoneInfo.Web.Editing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoneInfo.Tests.Security.HostileInput;

/// <summary>
/// BoneInfo with the test articles and two Admins signed in through the form: the author writes, the publisher
/// (another reviewer, as the rules require) publishes.
/// </summary>
public sealed class HostileSite : IAsyncLifetime
{
    public const string AuthorEmail = "author@boneinfo.test";
    public const string PublisherEmail = "publisher@boneinfo.test";

    public App Site { get; } = new();
    public RawClient Author { get; private set; } = null!;
    public RawClient Publisher { get; private set; } = null!;
    public RawClient Anonymous { get; private set; } = null!;
    public string AuthorToken { get; private set; } = "";
    public string PublisherToken { get; private set; } = "";
    public HtmlEncoder Html => Site.Services.GetRequiredService<HtmlEncoder>();

    /// <summary>
    /// The test articles' app as the sweeps run it: password hashing does 1 000 iterations instead of 100 000 (the
    /// sweeps create hundreds of accounts; the work factor changes nothing else), and only warnings and errors are
    /// logged (tens of thousands of request lines would bury them).
    /// </summary>
    public sealed class App() : BoneInfoFactory(RepoPaths.TestContent)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime", "Warning");
            builder.ConfigureServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000));
        }
    }

    public async Task InitializeAsync()
    {
        (Author, Publisher, Anonymous) = (new RawClient(Site.Server), new RawClient(Site.Server), new RawClient(Site.Server));
        await AddUserAsync(AuthorEmail, UserRole.Admin);
        await AddUserAsync(PublisherEmail, UserRole.Admin);
        await Author.SignInAsync(AuthorEmail, TestUsers.Password);
        await Publisher.SignInAsync(PublisherEmail, TestUsers.Password);
        AuthorToken = await Author.TokenAsync("/admin/users/new");
        PublisherToken = await Publisher.TokenAsync("/admin/users/new");
    }

    /// <summary>An account stored directly, its password hashed with the same cheap work factor.</summary>
    public async Task<int> AddUserAsync(string email, UserRole role, string password = TestUsers.Password)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>();
        var user = new User { Email = email, DisplayName = email.Split('@')[0], Role = role, CreatedAt = DateTime.UtcNow };
        user.PasswordHash = scope.ServiceProvider.GetRequiredService<IPasswordHasher<User>>().HashPassword(user, password);
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    public async Task<int> VersionAsync(int articleId)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>().Articles.Where(a => a.Id == articleId).Select(a => a.Version).SingleAsync();
    }

    /// <summary>A new, valid article written by the author through /admin/articles/new; its id.</summary>
    public async Task<int> NewArticleAsync(string slug)
    {
        var fields = EditorSite.FieldsOf(ArticleForm.From(EditorSite.SampleContent(slug), null, 0));
        fields["Command"] = "save";
        var response = await Author.PostAsync(EditorRoutes.New, WithToken(fields, AuthorToken));
        return response.Location is { } location && location.Split('/') is [_, "admin", "articles", var id, ..]
            ? int.Parse(id, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"article {slug} not created: {response.Status}");
    }

    /// <summary>The sample article's fields under <paramref name="slug"/>, with the article's current version: a form to write over it.</summary>
    public async Task<Dictionary<string, string>> SampleFieldsAsync(int articleId, string slug) =>
        EditorSite.FieldsOf(ArticleForm.From(EditorSite.SampleContent(slug), articleId, await VersionAsync(articleId)));

    /// <summary>The edit form's fields (the article as saved) with the current version, ready to change.</summary>
    public async Task<Dictionary<string, string>> ArticleFieldsAsync(int articleId) =>
        EditorSite.FieldsOf(ArticleForm.From((await WorkingAsync(articleId)).ToContent(), articleId, await VersionAsync(articleId)));

    private async Task<Web.Articles.ArticleRevision> WorkingAsync(int articleId)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>();
        var article = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == articleId);
        return await db.Revisions.AsNoTracking().SingleAsync(r => r.Id == article.WorkingRevisionId);
    }

    /// <summary>Every field of the first POST form on a page, as a browser would send it (buttons aside).</summary>
    public static Dictionary<string, string> FormFields(RawResponse page, string selector = "form.editor") =>
        EditorSite.EditorFields(new HtmlParser().ParseDocument(page.Body), selector);

    /// <summary>A form body: plain values encoded, with <paramref name="hostile"/> already encoded, and the token.</summary>
    public static string WithToken(IReadOnlyDictionary<string, string> plain, string token, Dictionary<string, string>? hostile = null)
    {
        var encoded = plain.ToDictionary(f => f.Key, f => RawClient.Encode(f.Value));
        foreach (var (name, value) in hostile ?? new Dictionary<string, string>())
        {
            encoded[name] = value;
        }
        encoded["__RequestVerificationToken"] = RawClient.Encode(token);
        return RawClient.Form(encoded);
    }

    public async Task DisposeAsync() => await Site.DisposeAsync();
}
