using BoneInfo.Web.Data;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace BoneInfo.Tests.Reliability;

/// <summary>
/// The web server killed (SIGKILL) during a burst of autosaves from two editors on two articles, three times: the
/// copy each editor was last told was kept is there (or a newer one they sent), and no autosave became a revision.
/// </summary>
[Trait("Category", "Integration")]
[Collection(CrashTestsRunAlone.Name)]
public sealed class AutosaveCrashTests(ITestOutputHelper output)
{
    private const int Kills = 3;

    [Fact]
    public async Task AKillDuringABurstOfAutosavesLosesNoCopyAnEditorWasToldWasKept()
    {
        using var site = new CrashSite(DatabaseProvider.Sqlite, output);
        await site.StartServerAsync();
        var ids = await site.AddEditorsAndArticlesAsync(2);
        var revisions = await RevisionCountAsync(site);

        for (var kill = 1; kill <= Kills; kill++)
        {
            await site.ServerAsync();
            var ledger = new Ledger();
            var editors = new[] { await site.SessionAsync(CrashSite.Writer, ledger), await site.SessionAsync(CrashSite.Reviewer, ledger) };
            var round = kill;
            var typing = editors.SelectMany(e => ids.Select(id => AutosaveUntilCutOffAsync(e, id, round))).ToArray();

            await site.KillAndCheckAsync(kill, ledger, Told.Autosaved, maxDelay: 1000, typing);
            Assert.Equal(revisions, await RevisionCountAsync(site));
        }
    }

    private static async Task AutosaveUntilCutOffAsync(EditorSession editor, int id, int round)
    {
        var form = await editor.OpenAsync(id);
        for (var n = 1; form is not null; n++)
        {
            var marker = $"step-{round}-{editor.Email.Split('@')[0]}-{id}-{n}";
            if ((await editor.AutosaveAsync(id, form, EditorSession.Body(marker))).Told == Told.CutOff)
            {
                return;
            }
        }
    }

    private static async Task<int> RevisionCountAsync(CrashSite site)
    {
        await using var db = site.Open();
        return await db.Revisions.CountAsync();
    }
}
