using BoneInfo.Web.Accounts;
using BoneInfo.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace BoneInfo.Tests.Security.HostileInput;

/// <summary>
/// Every corpus string in the admin pages' parameters, as an Admin: the article list's filters, the audit log's
/// filters and paging, route ids, a new user's fields, and another user's role, state and password. Users created
/// from hostile names and the audit entries they leave are then read back on the users and audit pages.
/// </summary>
[Trait("Category", "Integration")]
public sealed class AdminHostileInputTests(HostileSite site, ITestOutputHelper output) : IClassFixture<HostileSite>
{
    private static readonly string[] NewUserFields = ["Email", "DisplayName", "Role", "Password"];
    private const string ValidPassword = "a valid password of some length";

    [Fact]
    public async Task EveryAdminParameterIsRefusedOrObeyedWithoutAServerErrorAndWhatItSavesIsShownEscaped()
    {
        var report = new SweepReport();
        var victims = await WorkerPool.CreateAsync(i => site.AddUserAsync($"victim-{i}@boneinfo.test", UserRole.Writer));

        await report.RunAsync(HostileCorpus.All, _ => "admin", s => s, async s =>
        {
            await FiltersAsync(s, report);
            await NewUserAsync(s, report);
            await victims.UseAsync(victim => ChangeUserAsync(s, victim, report));
        });
        report.Record("GET /admin/users (after the sweep)", HostileCorpus.All[0], await site.Author.GetAsync("/admin/users"));
        RawResponse audit;
        var page = 1;
        do
        {
            audit = await site.Author.GetAsync("/admin/audit", $"p={page++}");
            report.Record("GET /admin/audit p (every page after the sweep)", HostileCorpus.All[0], audit);
        }
        while (audit.Body.Contains("rel=\"next\"", StringComparison.Ordinal));

        report.AssertClean(output);
        Assert.True(report.Count("POST /admin/users/new DisplayName", 3) >= HostileCorpus.All.Count / 2, "too few users were created from hostile names");
    }

    private async Task FiltersAsync(HostileString s, SweepReport report)
    {
        report.Record("GET /admin q", s, await site.Author.GetAsync("/admin", $"q={s.Encoded}"));
        report.Record("GET /admin status", s, await site.Author.GetAsync("/admin", $"status={s.Encoded}"));
        report.Record(["GET /admin/audit action", "GET /admin/audit email", "GET /admin/audit p"], s,
            await site.Author.GetAsync("/admin/audit", $"action={s.Encoded}&email={s.Encoded}&p={s.Encoded}"));
        report.Record("GET /admin/articles/{id}/edit (route id)", s, await site.Author.GetAsync($"/admin/articles/{s.Encoded}/edit"));
        report.Record("GET /admin/users/{id} (route id)", s, await site.Author.GetAsync($"/admin/users/{s.Encoded}"));
    }

    /// <summary>Each field alone in an otherwise valid form (which may create a user); a refused form keeps what was typed.</summary>
    private async Task NewUserAsync(HostileString s, SweepReport report)
    {
        foreach (var field in NewUserFields)
        {
            var email = $"new-{field.ToLowerInvariant()}-{s.Line}@boneinfo.test";
            var fields = new Dictionary<string, string>
            {
                ["Email"] = RawClient.Encode(email), ["DisplayName"] = "Hostile", ["Role"] = "Writer", ["Password"] = RawClient.Encode(ValidPassword),
                [field] = s.Encoded,
            };
            var response = await PostNewUserAsync(fields);
            var refused = response.Status != 302;
            var wrong = refused && field != "Email" && await ExistsAsync(email) ? ["the form was refused but the user was created"]
                : refused && field is "Email" or "DisplayName" ? EditorForms.LostIn(response, [field], s, site.Html)
                : [];
            report.Record($"POST /admin/users/new {field}", s, response, wrong);
        }
    }

    private async Task ChangeUserAsync(HostileString s, int victim, SweepReport report)
    {
        foreach (var (handler, field) in new[] { ("Role", "Role"), ("Active", "active"), ("Password", "Password") })
        {
            var body = HostileSite.WithToken(new Dictionary<string, string>(), site.AuthorToken, new() { [field] = s.Encoded });
            var before = await StateAsync(victim);
            var response = await site.Author.PostAsync($"/admin/users/{victim}", body, $"handler={handler}");
            var changedWhileRefused = response.Status != 302 && await StateAsync(victim) != before;
            report.Record($"POST /admin/users/{{id}} {field} ({handler})", s, response, changedWhileRefused ? ["the form was refused but the user was changed"] : []);
        }
    }

    private Task<RawResponse> PostNewUserAsync(Dictionary<string, string> encoded) =>
        site.Author.PostAsync("/admin/users/new", HostileSite.WithToken(new Dictionary<string, string>(), site.AuthorToken, encoded));

    private async Task<string> StateAsync(int userId)
    {
        await using var scope = site.Site.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>().Users.AsNoTracking().SingleAsync(u => u.Id == userId);
        return $"{user.Role} {user.IsActive} {user.SecurityStamp} {user.PasswordHash}";
    }

    private async Task<bool> ExistsAsync(string email)
    {
        await using var scope = site.Site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>().Users.AnyAsync(u => u.Email == email);
    }
}
