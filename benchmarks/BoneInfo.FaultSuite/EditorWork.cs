using System.Globalization;

namespace BoneInfo.FaultSuite;

/// <summary>
/// Each editor in a loop, as a person at a browser: opens an article's edit page, then either presses Publish on a
/// revision someone else wrote (a reviewer, half the time it can; a quarter of those presses are double clicks) or
/// changes the text and presses Save draft or Submit for review. Editors share a few articles, so saves collide.
/// Every step and what it was told goes into the <see cref="EditLedger"/>.
/// </summary>
public sealed class EditorWork(Traffic traffic, Timeline timeline, EditLedger ledger, IReadOnlyList<int> articles)
{
    private const string EditRoute = "/admin/articles/{id}/edit";

    public Task RunAsync(IReadOnlyList<Editor> editors, CancellationToken stop) =>
        Task.WhenAll(editors.Select((editor, i) => Task.Run(() => LoopAsync(editor, new Random(1000 + i), stop), CancellationToken.None)));

    private async Task LoopAsync(Editor editor, Random random, CancellationToken stop)
    {
        var steps = 0;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var id = articles[random.Next(articles.Count)];
                var path = string.Create(CultureInfo.InvariantCulture, $"/admin/articles/{id}/edit");
                var opened = await traffic.GetAsync(editor.Client, Actor.Editor, path, "GET " + EditRoute, stop);
                if (opened.Status != 200)
                {
                    await Task.Delay(opened.Status == 0 ? 100 : 250, stop);
                    continue;
                }
                var page = EditPage.Parse(opened.Body);
                if (editor.IsReviewer && page.CanPublish && page.Revision is { } revision && random.Next(2) == 0)
                {
                    await PublishAsync(editor, id, path, page, revision, doubleClick: random.Next(4) == 0, stop);
                }
                else
                {
                    var token = string.Create(CultureInfo.InvariantCulture, $"{DatabaseFindings.TokenPrefix}{editor.Name.Replace(' ', '-')}-{++steps:0000}");
                    await SaveAsync(editor, id, path, page, token, random.Next(10) < 3 ? "submit" : "save", stop);
                }
                await Task.Delay(random.Next(100, 300), stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // the run is over
        }
    }

    private async Task SaveAsync(Editor editor, int id, string path, EditPage page, string token, string command, CancellationToken stop)
    {
        var at = timeline.Now;
        var answer = await traffic.PostAsync(editor.Client, Actor.Editor, path, page.Edited(token, command), $"POST {EditRoute} ({command})", stop);
        var told = EditLedger.Classify(answer, "saved", "submitted");
        var revision = told == Told.Done ? await RevisionShownAsync(editor, answer.Location!, token, stop) : null;
        ledger.Add(new SaveStep(editor.Name, id, token, command, told, answer.Status, at, revision));
    }

    /// <summary>The browser follows the redirect: the page names the working revision, the editor's own if it carries their mark.</summary>
    private async Task<int?> RevisionShownAsync(Editor editor, string location, string token, CancellationToken stop)
    {
        try
        {
            var after = await traffic.GetAsync(editor.Client, Actor.Editor, location, "GET " + EditRoute, stop);
            var shown = after.Status == 200 ? EditPage.Parse(after.Body) : null;
            return shown is { Author: var author } && author == editor.Name && shown.Body.Contains(token, StringComparison.Ordinal) ? shown.Revision : null;
        }
        catch (OperationCanceledException)
        {
            return null; // the run ended first: the save was still acknowledged
        }
    }

    private async Task PublishAsync(Editor editor, int id, string path, EditPage page, int revision, bool doubleClick, CancellationToken stop)
    {
        var at = timeline.Now;
        var presses = Enumerable.Range(0, doubleClick ? 2 : 1)
            .Select(_ => traffic.PostAsync(editor.Client, Actor.Editor, path, page.Pressing("publish"), $"POST {EditRoute} (publish)", stop));
        foreach (var answer in await Task.WhenAll(presses))
        {
            ledger.Add(new PublishStep(editor.Name, id, revision, doubleClick, EditLedger.Classify(answer, "published"), answer.Status, at));
        }
    }
}
