using System.Net;
using System.Text.Json;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Tests.Publishing;
using BoneInfo.Web.Accounts;
using BoneInfo.Web.Articles;
using BoneInfo.Web.Data;
using BoneInfo.Web.Editing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoneInfo.Tests.Platform;

/// <summary>
/// Today's app started on a database written by the EF Core 6.0.7 release (Fixtures/boneinfo-ef6.db, see the README
/// beside it): every row is still there, the old admin signs in, and search answers.
/// </summary>
[Trait("Category", "Integration")]
public sealed class UpgradeInPlaceTests(UpgradeInPlaceTests.UpgradedSite site) : IClassFixture<UpgradeInPlaceTests.UpgradedSite>
{
    private const string Admin = "admin@boneinfo.test";
    private const string AdminPassword = "fixture admin password 1";
    private const string Reviewer = "reviewer@boneinfo.test";
    private const string ReviewerPassword = "fixture reviewer password 1";

    /// <summary>
    /// Every row of the data tables, read with plain SQL before and right after the new app started on the file. After
    /// the start only the fixture's own columns are read: migrations since then add columns (publish times) and fill
    /// them, but must not change what was there.
    /// </summary>
    public sealed class UpgradedSite : IDisposable
    {
        public static readonly string[] Tables = ["Articles", "Revisions", "SlugRedirects", "Users", "Autosaves", "AuditLog"];

        public UpgradedSite()
        {
            File.Copy(Path.Combine(RepoPaths.Root, "tests", "BoneInfo.Tests", "Platform", "Fixtures", "boneinfo-ef6.db"), App.DatabasePath);
            var columns = Tables.ToDictionary(t => t, t => Rows(App.DatabasePath, $"SELECT name FROM pragma_table_info('{t}')").Select(r => r["name=".Length..]).ToList());
            Before = Dump(App.DatabasePath, columns);
            _ = App.Services; // starts the host: migrations, search index check
            After = Dump(App.DatabasePath, columns);
            LockRows = Rows(App.DatabasePath, "SELECT * FROM \"__EFMigrationsLock\"");
        }

        public FixtureFactory App { get; } = new();
        public IReadOnlyDictionary<string, List<string>> Before { get; }
        public IReadOnlyDictionary<string, List<string>> After { get; }
        public IReadOnlyList<string> LockRows { get; }

        public void Dispose() => App.Dispose();

        private static Dictionary<string, List<string>> Dump(string path, Dictionary<string, List<string>> columns) =>
            Tables.ToDictionary(t => t, t => Rows(path, $"SELECT {string.Join(", ", columns[t].Select(c => $"\"{c}\""))} FROM \"{t}\" ORDER BY 1"))
                .Append(new("__EFMigrationsHistory", Rows(path, "SELECT * FROM \"__EFMigrationsHistory\" ORDER BY 1")))
                .ToDictionary();

        private static List<string> Rows(string path, string sql)
        {
            using var connection = new SqliteConnection($"Data Source={path}");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            var rows = new List<string>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount)
                        .Select(i => $"{reader.GetName(i)}={(reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))}")));
                }
            }
            SqliteConnection.ClearPool(connection);
            return rows;
        }
    }

    /// <summary>The app on the fixture's copy, reading the real content folder (lexicon, glossary) without importing it.</summary>
    public sealed class FixtureFactory() : BoneInfoFactory(RepoPaths.Content)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Content:ImportOnStartup", "false");
        }
    }

    [Fact]
    public void TheFixtureHoldsWhatItsReadmeSays()
    {
        Assert.Equal(3, site.Before["Articles"].Count);
        Assert.Equal(4, site.Before["Revisions"].Count);
        Assert.Equal(2, site.Before["Users"].Count);
        Assert.Single(site.Before["Autosaves"]);
        Assert.Equal(8, site.Before["AuditLog"].Count);
        Assert.All(site.Before["__EFMigrationsHistory"], row => Assert.EndsWith("ProductVersion=6.0.7", row, StringComparison.Ordinal));
    }

    [Fact]
    public void StartingTheNewAppChangesNoRowAndAddsOnlyTheNewMigrations()
    {
        foreach (var table in UpgradedSite.Tables)
        {
            Assert.Equal(site.Before[table], site.After[table]);
        }
        // The old migrations are untouched; those added since (publish times, the Data Protection key ring, sessions and
        // the lockout window, rendered HTML, the A–Z keys and the import stamp) apply on top.
        Assert.Equal(site.Before["__EFMigrationsHistory"], site.After["__EFMigrationsHistory"].Take(site.Before["__EFMigrationsHistory"].Count));
        Assert.Collection(site.After["__EFMigrationsHistory"].Skip(site.Before["__EFMigrationsHistory"].Count),
            row => Assert.Contains("_RecordPublishTimes", row, StringComparison.Ordinal),
            row => Assert.Contains("_AddDataProtectionKeys", row, StringComparison.Ordinal),
            row => Assert.Contains("_AddSessionsAndLockoutWindow", row, StringComparison.Ordinal),
            row => Assert.Contains("_StoreRenderedHtml", row, StringComparison.Ordinal),
            row => Assert.Contains("_ListIndexesAndImportStamp", row, StringComparison.Ordinal));
        // EF Core 9+ takes a lock row while migrating; it must be gone once the app is up, or the next start would wait.
        Assert.Empty(site.LockRows);
    }

    [Fact]
    public async Task TheBundledSqliteHasTheFixesTheOldOneLacked()
    {
        await using var scope = site.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>();
        var version = await db.Database.SqlQuery<string>($"SELECT sqlite_version() AS \"Value\"").SingleAsync();

        Assert.True(Version.Parse(version) >= new Version(3, 50, 2), $"SQLite {version} predates the fix for CVE-2025-6965 (3.50.2)");
    }

    [Fact]
    public async Task ArticlesRevisionsAutosaveAndAuditReadBackThroughTheNewModel()
    {
        await using var scope = site.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>();

        var articles = await db.Articles.AsNoTracking().OrderBy(a => a.Slug).ToListAsync();
        Assert.Equal(["hypophosphatasia", "osteopetrosis", "paget-disease-of-bone"], articles.Select(a => a.Slug));
        Assert.All(articles, a => Assert.Equal(ArticleStatus.Published, a.Status));
        var hpp = articles[0];
        Assert.Equal(new DateTime(2026, 11, 21), hpp.ReviewedOn);
        Assert.Contains("skeletal mineralisation in the second revision", hpp.Body, StringComparison.Ordinal);
        Assert.Contains(hpp.Metadata.Genes, g => g.Symbol == "ALPL");

        var revisions = await db.Revisions.AsNoTracking().Where(r => r.ArticleId == hpp.Id).OrderBy(r => r.Number).ToListAsync();
        Assert.Equal([1, 2], revisions.Select(r => r.Number));
        Assert.Equal("Second revision: closing sentence added", revisions[1].ChangeSummary);
        Assert.Equal(revisions[1].Id, hpp.WorkingRevisionId);
        Assert.Equal(revisions[1].Id, hpp.PublishedRevisionId);
        Assert.DoesNotContain("skeletal mineralisation", revisions[0].Body, StringComparison.Ordinal);

        var autosave = await db.Autosaves.AsNoTracking().SingleAsync();
        Assert.Equal(articles[2].Id, autosave.ArticleId);
        Assert.Contains("An unsaved paragraph kept only by autosave.", ArticleForm.FromJson(autosave.FormJson).Body, StringComparison.Ordinal);

        var audit = await db.AuditLog.AsNoTracking().OrderBy(a => a.Id).Take(8).Select(a => a.Action).ToListAsync();
        Assert.Equal(["user-created", "sign-in-failed", "sign-in", "user-created", "save", "submit", "sign-in", "publish"], audit);
    }

    [Fact]
    public async Task UsersKeepTheirRolesAndTheOldAdminSignsIn()
    {
        await using (var scope = site.App.Services.CreateAsyncScope())
        {
            var users = await scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>().Users.AsNoTracking().OrderBy(u => u.Id).ToListAsync();
            Assert.Equal([(Admin, UserRole.Admin), (Reviewer, UserRole.Reviewer)], users.Select(u => (u.Email, u.Role)));
        }

        var admin = await TestUsers.SignedInClientAsync(site.App, Admin, AdminPassword);
        var usersPage = await admin.GetStringAsync("/admin/users");
        Assert.Contains(Reviewer, usersPage, StringComparison.Ordinal);
        var history = await admin.GetStringAsync(EditorRoutes.History(1));
        Assert.Contains("Second revision: closing sentence added", history, StringComparison.Ordinal);
        // The Paget edit page offers the autosaved text back.
        var paget = await admin.GetStringAsync("/admin/articles/3/edit");
        Assert.Contains("restore=server", paget, StringComparison.Ordinal);

        await TestUsers.SignedInClientAsync(site.App, Reviewer, ReviewerPassword);
    }

    [Fact]
    public async Task TheOldArticlesAreRenderedAtStartUpAndTheirPagesShowTheStoredHtml()
    {
        await using (var scope = site.App.Services.CreateAsyncScope())
        {
            var articles = await scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>().Articles.AsNoTracking().ToListAsync();
            Assert.Equal(3, articles.Count);
            Assert.All(articles, StoredHtml.AssertIsAFreshRenderOfTheBody);
        }

        var (_, document) = await site.App.GetPageAsync("/conditions/paget-disease-of-bone");
        var toc = document.QuerySelectorAll(".toc a").Select(a => a.GetAttribute("href")).ToList();
        Assert.NotEmpty(document.QuerySelector(".article-body")!.TextContent.Trim());
        Assert.Contains(document.QuerySelectorAll(".article-body h2"), h => toc.Contains("#" + h.Id));
    }

    [Fact]
    public async Task PublicPagesAndSearchAnswerFromTheOldData()
    {
        var (page, document) = await site.App.GetPageAsync("/conditions/hypophosphatasia");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("skeletal mineralisation in the second revision", document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        using var client = site.App.CreateClient();
        foreach (var (query, slug) in new[] { ("hypophosphatasia", "hypophosphatasia"), ("mineralisation", "hypophosphatasia"), ("paget", "paget-disease-of-bone") })
        {
            using var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(query)));
            var slugs = json.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("slug").GetString()).ToList();
            Assert.Equal(slug, slugs.FirstOrDefault());
        }
    }
}
