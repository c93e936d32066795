using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Accounts;
using BoneInfo.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoneInfo.Tests.Accounts;

[Trait("Category", "Integration")]
public sealed class UsersPageOnSqlite() : UsersPageTests(DatabaseProvider.Sqlite);

[Trait("Category", "Integration")]
public sealed class UsersPageOnPostgreSql() : UsersPageTests(DatabaseProvider.PostgreSql), IPostgreSqlTests;

/// <summary>An admin manages accounts at /admin/users over real HTTP, on a SQLite file and on a PostgreSQL database.</summary>
public abstract class UsersPageTests(DatabaseProvider provider) : IAsyncLifetime, IDisposable
{
    private const string NewPassword = "a brand new password";
    private readonly BoneInfoFactory _app = new(RepoPaths.TestContent, provider);
    private User _admin = null!;
    private HttpClient _adminClient = null!;

    public async Task InitializeAsync()
    {
        _admin = await TestUsers.AddAsync(_app, "admin@boneinfo.test", UserRole.Admin);
        _adminClient = await TestUsers.SignedInClientAsync(_app, "admin@boneinfo.test");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _app.Dispose();
        GC.SuppressFinalize(this);
    }

    [DatabaseFact]
    public async Task TheListShowsEachUsersEmailNameRoleActiveLastSignInAndLock()
    {
        var locked = await TestUsers.AddAsync(_app, "locked@boneinfo.test", UserRole.Reviewer);
        await ChangeUserAsync(locked.Id, u => u.LockedUntil = DateTime.UtcNow.AddMinutes(10));

        var page = await PageAsync("/admin/users");

        var rows = page.QuerySelectorAll("table.users tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["admin (you)", "admin@boneinfo.test", "Admin", "Yes"], rows[0].Take(4));
        Assert.EndsWith("UTC", rows[0][4], StringComparison.Ordinal);
        Assert.Equal(["locked", "locked@boneinfo.test", "Reviewer", "Yes", "never"], rows[1].Take(5));
        Assert.StartsWith("Yes, until ", rows[1][5], StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task AnAdminAddsAWriterWhoCanSignInAndTheAuditLogSaysSo()
    {
        var response = await TestUsers.PostFormAsync(_adminClient, "/admin/users/new", new()
        {
            ["Email"] = " New.Writer@BoneInfo.test", ["DisplayName"] = "Nadia Writer", ["Role"] = "Writer", ["Password"] = NewPassword,
        });

        Assert.Equal("/admin/users", response.Headers.Location!.OriginalString);
        Assert.Contains("Added new.writer@boneinfo.test as a Writer", (await PageAsync("/admin/users")).QuerySelector(".flash")!.TextContent, StringComparison.Ordinal);
        var writer = await TestUsers.SignedInClientAsync(_app, "new.writer@boneinfo.test", NewPassword);
        Assert.Equal(HttpStatusCode.OK, (await writer.GetAsync("/admin")).StatusCode);
        var entry = await LastAuditAsync(skipSignIns: true);
        Assert.Equal(("user-created", "admin@boneinfo.test", "new.writer@boneinfo.test"), (entry.Action, entry.UserEmail, entry.Target));
    }

    [Theory]
    [InlineData("not-an-email", "Someone", "long enough password", "Email", "Enter a valid email address")]
    [InlineData("admin@boneinfo.test", "Someone", "long enough password", "Email", "There is already an account for admin@boneinfo.test")]
    [InlineData("someone@boneinfo.test", " ", "long enough password", "DisplayName", "Enter the person's name")]
    [InlineData("someone@boneinfo.test", "Someone", "eleven char", "Password", "at least 12 characters")]
    public async Task ABadNewUserIsRefusedWithTheMessageNextToItsFieldAndTheTextKept(string email, string name, string password, string field, string message)
    {
        var response = await TestUsers.PostFormAsync(_adminClient, "/admin/users/new", new()
        {
            ["Email"] = email, ["DisplayName"] = name, ["Role"] = "Reviewer", ["Password"] = password,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, page.QuerySelector($"[data-valmsg-for={field}]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(email, page.QuerySelector<IHtmlInputElement>("#Email")!.Value);
        Assert.Equal("Reviewer", page.QuerySelector<IHtmlSelectElement>("#Role")!.Value);
        Assert.Equal("", page.QuerySelector<IHtmlInputElement>("#Password")!.Value);
        Assert.Equal(["admin@boneinfo.test"], await EmailsAsync());
    }

    [DatabaseFact]
    public async Task ChangingARoleEndsThatUsersSessionAndIsAudited()
    {
        var writer = await TestUsers.AddAsync(_app, "writer@boneinfo.test", UserRole.Writer);
        var writerClient = await TestUsers.SignedInClientAsync(_app, "writer@boneinfo.test");

        var response = await TestUsers.PostFormAsync(_adminClient, $"/admin/users/{writer.Id}", new() { ["Role"] = "Reviewer" }, "form[action*=Role]");

        Assert.Equal($"/admin/users/{writer.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal(UserRole.Reviewer, (await UserAsync(writer.Id)).Role);
        Assert.StartsWith("/account/signin", (await writerClient.GetAsync("/admin")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var entry = await LastAuditAsync();
        Assert.Equal(("user-changed", "writer@boneinfo.test", "role Writer → Reviewer"), (entry.Action, entry.Target, entry.Detail));
    }

    [DatabaseFact]
    public async Task ResettingAPasswordEndsTheSessionLiftsTheLockAndTheNewPasswordWorks()
    {
        var writer = await TestUsers.AddAsync(_app, "writer@boneinfo.test", UserRole.Writer);
        var writerClient = await TestUsers.SignedInClientAsync(_app, "writer@boneinfo.test");
        await ChangeUserAsync(writer.Id, u => u.LockedUntil = DateTime.UtcNow.AddMinutes(10));

        await TestUsers.PostFormAsync(_adminClient, $"/admin/users/{writer.Id}", new() { ["Password"] = NewPassword }, "form[action*=Password]");

        Assert.Equal(HttpStatusCode.Redirect, (await writerClient.GetAsync("/admin")).StatusCode);
        Assert.Null((await UserAsync(writer.Id)).LockedUntil);
        await TestUsers.SignedInClientAsync(_app, "writer@boneinfo.test", NewPassword);
        Assert.Equal("password reset", (await LastAuditAsync(skipSignIns: true)).Detail);
    }

    [DatabaseFact]
    public async Task AShortNewPasswordIsRefusedNextToTheField()
    {
        var writer = await TestUsers.AddAsync(_app, "writer@boneinfo.test", UserRole.Writer);

        var response = await TestUsers.PostFormAsync(_adminClient, $"/admin/users/{writer.Id}", new() { ["Password"] = "too short" }, "form[action*=Password]");

        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("at least 12 characters", page.QuerySelector("[data-valmsg-for=Password]")!.TextContent, StringComparison.Ordinal);
        await TestUsers.SignedInClientAsync(_app, "writer@boneinfo.test");
    }

    [DatabaseFact]
    public async Task DeactivatingEndsTheSessionAndReactivatingLetsThemBackIn()
    {
        var writer = await TestUsers.AddAsync(_app, "writer@boneinfo.test", UserRole.Writer);
        var writerClient = await TestUsers.SignedInClientAsync(_app, "writer@boneinfo.test");

        await TestUsers.PostFormAsync(_adminClient, $"/admin/users/{writer.Id}", new(), "form[action*=Active]");

        Assert.Equal(HttpStatusCode.Redirect, (await writerClient.GetAsync("/admin")).StatusCode);
        await Assert.ThrowsAsync<InvalidOperationException>(() => TestUsers.SignedInClientAsync(_app, "writer@boneinfo.test"));
        Assert.Equal("Reactivate account", (await PageAsync($"/admin/users/{writer.Id}")).QuerySelector("form[action*=Active] button")!.TextContent);

        await TestUsers.PostFormAsync(_adminClient, $"/admin/users/{writer.Id}", new(), "form[action*=Active]");

        await TestUsers.SignedInClientAsync(_app, "writer@boneinfo.test");
    }

    [Theory]
    [InlineData("Active", "active", "false", "cannot deactivate your own account")]
    [InlineData("Role", "Role", "Writer", "cannot lower your own role")]
    public async Task AnAdminCannotDeactivateOrDemoteThemselves(string handler, string field, string value, string message)
    {
        var page = $"/admin/users/{_admin.Id}";
        Assert.Null((await PageAsync(page)).QuerySelector($"form[action*={handler}]"));

        var response = await TestUsers.PostWithTokenAsync(_adminClient, page, $"{page}?handler={handler}", new() { [field] = value });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var me = await UserAsync(_admin.Id);
        Assert.Equal((UserRole.Admin, true), (me.Role, me.IsActive));
    }

    [DatabaseFact]
    public async Task AnAdminWhoResetsTheirOwnPasswordStaysSignedIn()
    {
        await TestUsers.PostFormAsync(_adminClient, $"/admin/users/{_admin.Id}", new() { ["Password"] = NewPassword }, "form[action*=Password]");

        Assert.Equal(HttpStatusCode.OK, (await _adminClient.GetAsync("/admin/users")).StatusCode);
        await TestUsers.SignedInClientAsync(_app, "admin@boneinfo.test", NewPassword);
    }

    [Theory]
    [InlineData("/admin/users/9999")]
    [InlineData("/admin/users/abc")]
    public async Task AnUnknownUserIsNotFound(string path) =>
        Assert.Equal(HttpStatusCode.NotFound, (await _adminClient.GetAsync(path)).StatusCode);

    private async Task<IHtmlDocument> PageAsync(string path) =>
        new HtmlParser().ParseDocument(await _adminClient.GetStringAsync(path));

    private async Task<User> UserAsync(int id)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>().Users.AsNoTracking().SingleAsync(u => u.Id == id);
    }

    private async Task<List<string>> EmailsAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>().Users.Select(u => u.Email).ToListAsync();
    }

    private async Task ChangeUserAsync(int id, Action<User> change)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>();
        change(await db.Users.SingleAsync(u => u.Id == id));
        await db.SaveChangesAsync();
    }

    private async Task<Web.Auditing.AuditEntry> LastAuditAsync(bool skipSignIns = false)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var entries = scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>().AuditLog.AsNoTracking()
            .Where(a => !skipSignIns || (a.Action != "sign-in" && a.Action != "sign-in-failed"));
        return await entries.OrderByDescending(a => a.Id).FirstAsync();
    }

    [DatabaseFact]
    public async Task ANewUserWithARoleThatIsNotOneIsRefusedAndNotCreated()
    {
        var response = await TestUsers.PostFormAsync(_adminClient, "/admin/users/new", new()
        {
            ["Email"] = "someone@boneinfo.test", ["DisplayName"] = "Someone", ["Role"] = "Emperor", ["Password"] = "long enough password",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector(".error-summary"));
        Assert.Equal(["admin@boneinfo.test"], await EmailsAsync());
    }

    [Theory]
    [InlineData("Role", "Role", "Emperor")]
    [InlineData("Active", "active", "perhaps")]
    public async Task AChangeWhoseValueIsNotOneIsRefusedAndChangesNothing(string handler, string field, string value)
    {
        var writer = await TestUsers.AddAsync(_app, "writer@boneinfo.test", UserRole.Reviewer);
        var page = $"/admin/users/{writer.Id}";

        var response = await TestUsers.PostWithTokenAsync(_adminClient, page, $"{page}?handler={handler}", new() { [field] = value });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await UserAsync(writer.Id);
        Assert.Equal((UserRole.Reviewer, true, writer.SecurityStamp), (after.Role, after.IsActive, after.SecurityStamp));
    }
}
