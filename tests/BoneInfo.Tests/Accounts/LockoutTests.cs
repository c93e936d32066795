using System.Net;
using AngleSharp.Html.Parser;
using BoneInfo.Tests.Editing;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Accounts;
using BoneInfo.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoneInfo.Tests.Accounts;

[Trait("Category", "Integration")]
public sealed class LockoutOnSqlite() : LockoutTests(DatabaseProvider.Sqlite);

[Trait("Category", "Integration")]
public sealed class LockoutOnPostgreSql() : LockoutTests(DatabaseProvider.PostgreSql), IPostgreSqlTests;

/// <summary>
/// Per-account lockout on each provider, on a clock the test moves: five wrong passwords within fifteen minutes lock
/// the account for fifteen minutes, and no answer (message, status, work done) tells a locked, unknown or
/// deactivated account from a wrong password.
/// </summary>
public abstract class LockoutTests : IAsyncLifetime, IDisposable
{
    private const string Writer = "writer@boneinfo.test", Other = "other@boneinfo.test", Retired = "retired@boneinfo.test";
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private readonly CountingPasswordHasher _hasher = new();
    private readonly LockoutFactory _app;

    protected LockoutTests(DatabaseProvider provider) => _app = new LockoutFactory(provider, _clock, _hasher);

    public async Task InitializeAsync()
    {
        await TestUsers.AddAsync(_app, Writer, UserRole.Writer);
        await TestUsers.AddAsync(_app, Other, UserRole.Writer);
        await TestUsers.AddAsync(_app, Retired, UserRole.Writer);
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>().Users.Where(u => u.Email == Retired)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.IsActive, false));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _app.Dispose();
        GC.SuppressFinalize(this);
    }

    [DatabaseFact]
    public async Task FiveWrongPasswordsWithinFifteenMinutesLockTheAccountForFifteenMinutes()
    {
        for (var i = 0; i < AccountLockout.MaxFailures; i++)
        {
            Assert.False(await SignInAsync(Writer, "wrong password " + i));
            _clock.Advance(TimeSpan.FromMinutes(3)); // the fifth failure comes 12 minutes after the first
        }

        Assert.False(await SignInAsync(Writer, TestUsers.Password));
        _clock.Advance(AccountLockout.Duration - TimeSpan.FromMinutes(4));
        Assert.False(await SignInAsync(Writer, TestUsers.Password));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await SignInAsync(Writer, TestUsers.Password));
    }

    [DatabaseFact]
    public async Task WrongPasswordsSpreadOverMoreThanFifteenMinutesDoNotLock()
    {
        for (var i = 0; i < 2 * (AccountLockout.MaxFailures - 1); i++)
        {
            Assert.False(await SignInAsync(Writer, "wrong password " + i));
            // Four failures a minute apart, then four more: the fifth comes 16 minutes after the first.
            _clock.Advance(TimeSpan.FromMinutes(i == AccountLockout.MaxFailures - 2 ? 13 : 1));
        }

        Assert.True(await SignInAsync(Writer, TestUsers.Password));
    }

    [DatabaseFact]
    public async Task ALockedAnUnknownAndADeactivatedAccountGetExactlyTheAnswerAWrongPasswordGets()
    {
        await LockAsync(Writer);

        var wrongPassword = await AnswerAsync(Other, "not the password");
        Assert.Equal(HttpStatusCode.OK, wrongPassword.Status);
        Assert.Contains("Sign-in failed.", wrongPassword.Main, StringComparison.Ordinal);
        Assert.Equal(wrongPassword, await AnswerAsync(Writer, TestUsers.Password));
        Assert.Equal(wrongPassword, await AnswerAsync(Writer, "not the password"));
        Assert.Equal(wrongPassword, await AnswerAsync("nobody@boneinfo.test", TestUsers.Password));
        Assert.Equal(wrongPassword, await AnswerAsync(Retired, TestUsers.Password));
    }

    [DatabaseFact]
    public async Task EveryAttemptChecksExactlyOnePasswordHashWhetherTheAccountExistsIsLockedOrNot()
    {
        await LockAsync(Writer);
        string[][] attempts =
        [
            [Other, "not the password"], [Writer, TestUsers.Password], [Writer, "not the password"],
            ["nobody@boneinfo.test", TestUsers.Password], [Retired, TestUsers.Password], [Other, TestUsers.Password],
        ];

        foreach (var attempt in attempts)
        {
            var before = _hasher.Verifications;
            await SignInAsync(attempt[0], attempt[1]);
            Assert.True(_hasher.Verifications - before == 1, $"{attempt[0]} / {attempt[1]}: {_hasher.Verifications - before} hash checks");
        }
    }

    [DatabaseFact]
    public async Task WrongPasswordsPostedAtTheSameMomentAreAllCounted()
    {
        var clients = Enumerable.Range(0, AccountLockout.MaxFailures).Select(_ => _app.CreateBrowserClient()).ToList();
        var tokens = await Task.WhenAll(clients.Select(c => TestUsers.AntiforgeryTokenAsync(c, "/account/signin")));

        await Task.WhenAll(clients.Select((client, i) => client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = Writer, ["Password"] = "guess " + i, ["__RequestVerificationToken"] = tokens[i],
        }))));

        Assert.False(await SignInAsync(Writer, TestUsers.Password));
        await using var scope = _app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>().Users.SingleAsync(u => u.Email == Writer);
        Assert.True(user.LockedUntil > _clock.GetUtcNow().UtcDateTime);
    }

    private async Task LockAsync(string email)
    {
        for (var i = 0; i < AccountLockout.MaxFailures; i++)
        {
            await SignInAsync(email, "wrong password " + i);
        }
    }

    private async Task<bool> SignInAsync(string email, string password)
    {
        var response = await TestUsers.PostFormAsync(_app.CreateBrowserClient(), "/account/signin", new() { ["Email"] = email, ["Password"] = password });
        return response.Headers.Location?.OriginalString == "/admin";
    }

    /// <summary>The status and the page's main content, with the typed email and the antiforgery token left out.</summary>
    private async Task<(HttpStatusCode Status, string Main)> AnswerAsync(string email, string password)
    {
        var response = await TestUsers.PostFormAsync(_app.CreateBrowserClient(), "/account/signin", new() { ["Email"] = email, ["Password"] = password });
        var main = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("main")!;
        foreach (var input in main.QuerySelectorAll("input"))
        {
            input.RemoveAttribute("value");
        }
        return (response.StatusCode, main.InnerHtml);
    }

    private sealed class LockoutFactory(DatabaseProvider provider, TimeProvider clock, CountingPasswordHasher hasher)
        : BoneInfoFactory(RepoPaths.TestContent, provider)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton(clock);
                services.AddSingleton<IPasswordHasher<User>>(hasher);
            });
        }
    }

    /// <summary>The real password hasher, counting how many hashes it checks.</summary>
    private sealed class CountingPasswordHasher : IPasswordHasher<User>
    {
        private readonly PasswordHasher<User> _inner = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(User user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(User user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
