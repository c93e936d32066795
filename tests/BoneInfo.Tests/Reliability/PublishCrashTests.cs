using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Data;
using Xunit.Abstractions;

namespace BoneInfo.Tests.Reliability;

[Trait("Category", "Integration")]
[Collection(CrashTestsRunAlone.Name)]
public sealed class PublishCrashTestsOnSqlite(ITestOutputHelper output) : PublishCrashTests(DatabaseProvider.Sqlite, output);

[Trait("Category", "Integration")]
[Collection(CrashTestsRunAlone.Name)]
public sealed class PublishCrashTestsOnPostgreSql(ITestOutputHelper output) : PublishCrashTests(DatabaseProvider.PostgreSql, output), IPostgreSqlTests;

/// <summary>
/// The web server killed (SIGKILL) at a random moment while a writer saves and submits and a reviewer publishes
/// several articles over HTTP, three times: after each kill nothing is half published and nothing the editors were
/// told is lost.
/// </summary>
public abstract class PublishCrashTests(DatabaseProvider provider, ITestOutputHelper output)
{
    private const int Kills = 3, Articles = 3;

    [DatabaseFact]
    public async Task KilledWhilePublishesAreInFlightEveryArticleIsAtOneRevisionAndNothingAcknowledgedIsLost()
    {
        using var site = new CrashSite(provider, output);
        await site.StartServerAsync();
        var ids = await site.AddEditorsAndArticlesAsync(Articles);

        for (var kill = 1; kill <= Kills; kill++)
        {
            await site.ServerAsync();
            var ledger = new Ledger();
            var writer = await site.SessionAsync(CrashSite.Writer, ledger);
            var reviewer = await site.SessionAsync(CrashSite.Reviewer, ledger);
            var round = kill;
            var editing = ids.Select(id => EditAndPublishUntilCutOffAsync(writer, reviewer, id, round)).ToArray();

            // Once the first publish is through, the next ones are in flight.
            await site.KillAndCheckAsync(kill, ledger, Told.Published, maxDelay: 1500, editing);
        }
    }

    /// <summary>Save, submit, publish, again and again, until the server stops answering.</summary>
    private static async Task EditAndPublishUntilCutOffAsync(EditorSession writer, EditorSession reviewer, int id, int round)
    {
        for (var n = 1; ; n++)
        {
            var text = EditorSession.Body($"step-{round}-{id}-{n}");
            if ((await writer.OpenAndPressAsync(id, "save", text)).Told == Told.CutOff
                || (await writer.OpenAndPressAsync(id, "submit")).Told == Told.CutOff
                || (await reviewer.OpenAndPressAsync(id, "publish")).Told == Told.CutOff)
            {
                return;
            }
        }
    }
}
