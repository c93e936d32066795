using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Data;
using Microsoft.Extensions.DependencyInjection;

namespace BoneInfo.Tests.Publishing;

[Trait("Category", "Integration")]
public sealed class StartupRenderingOnSqlite() : StartupRenderingTests(DatabaseProvider.Sqlite);

[Trait("Category", "Integration")]
public sealed class StartupRenderingOnPostgreSql() : StartupRenderingTests(DatabaseProvider.PostgreSql), IPostgreSqlTests;

/// <summary>A start finds the articles whose stored HTML is from another pipeline, or missing, and renders them before it serves.</summary>
public abstract class StartupRenderingTests(DatabaseProvider provider) : IDisposable
{
    private readonly BoneInfoFactory _first = new(RepoPaths.TestContent, provider);

    public void Dispose()
    {
        _first.Dispose();
        GC.SuppressFinalize(this);
    }

    private static async Task WithDbAsync(BoneInfoFactory app, Func<BoneInfoDbContext, Task> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>());
    }

    [DatabaseFact]
    public async Task StaleAndMissingHtmlIsRenderedAgainBeforeTheNextStartServesAPage()
    {
        await WithDbAsync(_first, async db =>
        {
            await StoredHtml.MakeStaleAsync(db, "sample-condition", "<p>Rendered by an old pipeline.</p>");
            await StoredHtml.ForgetAsync(db, "unsafe-links");
        });

        using var second = new BoneInfoFactory(RepoPaths.TestContent, provider)
        {
            DatabasePath = _first.DatabasePath,
            PostgreSqlConnectionString = _first.PostgreSqlConnectionString,
        };
        var (_, page) = await second.GetPageAsync("/conditions/sample-condition");

        var body = page.QuerySelector(".article-body")!.TextContent;
        Assert.Contains("Bones in this condition are tested thoroughly", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Rendered by an old pipeline", body, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll(".toc a"), a => a.GetAttribute("href") == "#symptoms");
        await WithDbAsync(second, async db =>
        {
            StoredHtml.AssertIsAFreshRenderOfTheBody(await StoredHtml.LoadAsync(db, "sample-condition"));
            StoredHtml.AssertIsAFreshRenderOfTheBody(await StoredHtml.LoadAsync(db, "unsafe-links"));
        });
    }
}
