using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Accounts;
using BoneInfo.Web.Auditing;
using BoneInfo.Web.Data;
using Microsoft.Extensions.DependencyInjection;

namespace BoneInfo.Tests.Auditing;

/// <summary>/admin/audit: who did what to what, when (UTC) and from where; newest first, 50 a page, filterable.</summary>
[Trait("Category", "Integration")]
public sealed class AuditPageTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTime Start = new(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
    private readonly TestContentFactory _app = new();
    private HttpClient _admin = null!;

    public async Task InitializeAsync()
    {
        await TestUsers.AddAsync(_app, "admin@boneinfo.test", UserRole.Admin);
        _admin = await TestUsers.SignedInClientAsync(_app, "admin@boneinfo.test");
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>();
        db.AuditLog.RemoveRange(db.AuditLog);
        for (var i = 0; i < 120; i++)
        {
            db.AuditLog.Add(new AuditEntry
            {
                At = Start.AddMinutes(i),
                UserEmail = i % 2 == 0 ? "ann@boneinfo.test" : "bob@boneinfo.test",
                Action = i % 3 == 0 ? AuditActions.Publish : AuditActions.Save,
                Target = $"article-{i}",
                Detail = $"change {i}",
                IpAddress = "203.0.113.7",
            });
        }
        db.AuditLog.Add(new AuditEntry { At = Start.AddDays(-1), Action = AuditActions.SignInFailed, Target = "carol@boneinfo.test", Detail = "wrong password" });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _app.Dispose();

    private async Task<IHtmlDocument> PageAsync(string path) => new HtmlParser().ParseDocument(await _admin.GetStringAsync(path));

    private static List<List<string>> Rows(IHtmlDocument page) =>
        page.QuerySelectorAll("table.audit tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()).ToList();

    [Fact]
    public async Task TheNewestEntryComesFirstWithWhoWhatTargetDetailUtcTimeAndAddress()
    {
        var page = await PageAsync("/admin/audit");

        Assert.Equal(["2026-01-02 05:03:05 UTC", "bob@boneinfo.test", "save", "article-119", "change 119", "203.0.113.7"], Rows(page)[0]);
        Assert.Equal("2026-01-02T05:03:05Z", page.QuerySelector("table.audit time")!.GetAttribute("datetime"));
        Assert.Equal("When (UTC)", page.QuerySelector("table.audit th")!.TextContent);
    }

    [Fact]
    public async Task FiftyEntriesAPageWithLinksToOlderAndNewerOnes()
    {
        var first = await PageAsync("/admin/audit");
        var older = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await PageAsync(older);
        var third = await PageAsync(second.QuerySelector("a[rel=next]")!.GetAttribute("href")!);

        Assert.Equal(50, Rows(first).Count);
        Assert.Null(first.QuerySelector("a[rel=prev]"));
        Assert.Equal("article-69", Rows(second)[0][3]);
        Assert.Contains("121 entries, page 2 of 3", second.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(21, Rows(third).Count);
        Assert.Equal("carol@boneinfo.test", Rows(third)[^1][3]);
        Assert.Equal("not signed in", Rows(third)[^1][1]);
        Assert.Null(third.QuerySelector("a[rel=next]"));
    }

    [Fact]
    public async Task FilteringByActionAndEmailKeepsTheFilterInThePageLinks()
    {
        var page = await PageAsync("/admin/audit?action=publish&email=ANN@");

        var rows = Rows(page);
        Assert.Equal(20, rows.Count);
        Assert.All(rows, r => Assert.Equal(("ann@boneinfo.test", "publish"), (r[1], r[2])));
        Assert.Equal("publish", page.QuerySelector<IHtmlSelectElement>("select#action")!.Value);
        Assert.Equal("ANN@", page.QuerySelector<IHtmlInputElement>("input#email")!.Value);
    }

    [Fact]
    public async Task TheEmailFilterAlsoFindsEntriesAboutThatAccount()
    {
        var rows = Rows(await PageAsync("/admin/audit?email=carol"));

        Assert.Equal([["sign-in-failed", "carol@boneinfo.test", "wrong password"]], rows.Select(r => r.Skip(2).Take(3).ToList()));
    }

    [Fact]
    public async Task TheActionListOffersEveryKnownAction()
    {
        var options = (await PageAsync("/admin/audit")).QuerySelectorAll("select#action option").Select(o => o.GetAttribute("value")).ToList();

        Assert.Contains(AuditActions.UserChanged, options);
        Assert.Contains(AuditActions.SignIn, options);
        Assert.Equal("", options[0]);
    }

    [Theory]
    [InlineData("/admin/audit?p=abc")]
    [InlineData("/admin/audit?p=-3")]
    [InlineData("/admin/audit?p=99999")]
    [InlineData("/admin/audit?action=no-such-action&email=%00%27")]
    public async Task OddQueryValuesShowAPageNotAnError(string path)
    {
        var response = await _admin.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
