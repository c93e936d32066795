using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Accounts;
using Xunit.Abstractions;

namespace BoneInfo.Tests.Security.HostileInput;

/// <summary>
/// Every corpus string in the sign-in form: as the email, as the password (of real accounts, so each reaches the
/// password check before the account locks), and as the return address of a sign-in that succeeds, which must
/// never send the browser off the site.
/// </summary>
[Trait("Category", "Integration")]
public sealed class SignInHostileInputTests(HostileSite site, ITestOutputHelper output) : IClassFixture<HostileSite>
{
    private const string Path = "/account/signin";
    private const string Returning = "returning@boneinfo.test";

    [Fact]
    public async Task EverySignInFieldIsRefusedOrObeyedWithoutAServerErrorOrARedirectOffTheSite()
    {
        var report = new SweepReport();
        // Five failures lock an account; each takes at most four wrong passwords.
        var tries = HostileCorpus.All.Select((s, i) => (Input: s, Account: $"password-{i / (AccountLockout.MaxFailures - 1)}@boneinfo.test")).ToList();
        foreach (var account in tries.Select(t => t.Account).Distinct())
        {
            await site.AddUserAsync(account, UserRole.Writer);
        }
        await site.AddUserAsync(Returning, UserRole.Writer);
        // Cookies kept from the form only: a successful sign-in must not change the next request's antiforgery identity.
        var client = new RawClient(site.Site.Server);
        var token = RawClient.Encode(await client.TokenAsync(Path));
        client.FollowSetCookie = false;

        await report.RunAsync(tries, _ => Path, t => t.Input, async t =>
        {
            var s = t.Input;
            var asEmail = await client.PostAsync(Path, $"Email={s.Encoded}&Password=wrong&__RequestVerificationToken={token}");
            report.Record($"POST {Path} Email", s, asEmail, EditorForms.LostIn(asEmail, ["Email"], s, site.Html));
            report.Record($"POST {Path} Password", s,
                await client.PostAsync(Path, $"Email={RawClient.Encode(t.Account)}&Password={s.Encoded}&__RequestVerificationToken={token}"));
            report.Record($"POST {Path} ReturnUrl (signed in)", s,
                await client.PostAsync(Path, $"Email={RawClient.Encode(Returning)}&Password={RawClient.Encode(TestUsers.Password)}&ReturnUrl={s.Encoded}&__RequestVerificationToken={token}"));
        });

        report.AssertClean(output);
        Assert.True(report.Count($"POST {Path} ReturnUrl (signed in)", 3) >= 600, "the sign-ins with a return address did not succeed: the sweep did not reach the redirect");
        Assert.True(report.Count($"POST {Path} Email", 2) >= 600, "the refused sign-ins did not show the form again");
    }
}
