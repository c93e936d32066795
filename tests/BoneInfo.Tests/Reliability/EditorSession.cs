using System.Globalization;
using System.Net;
using BoneInfo.Tests.Editing;
using BoneInfo.Web.Editing;

namespace BoneInfo.Tests.Reliability;

/// <summary>What the site told a client about one step; <see cref="CutOff"/> when no answer came (the app was killed).</summary>
public enum Told
{
    Saved,
    Submitted,
    Published,
    AlreadyPublished,
    Autosaved,
    Conflict,
    Refused,
    Failed,
    CutOff,
}

/// <summary>
/// One step a client took: on which article, with which button, the text it sent (<see cref="Text"/>, carrying a
/// unique marker) and the text of the form it had loaded (<see cref="BasedOn"/>), and what it was told.
/// </summary>
public sealed record EditorStep(string Editor, int ArticleId, string Command, string Text, string BasedOn, Told Told, int Status)
{
    /// <summary>The client was told its step happened.</summary>
    public bool Acknowledged => Told is Told.Saved or Told.Submitted or Told.Published or Told.AlreadyPublished or Told.Autosaved;
}

/// <summary>
/// An editor in a browser, reduced to HTTP: loads the edit page (fields and antiforgery token), changes the body and
/// presses a button, or posts the form to autosave; each step is written in the <see cref="Ledger"/>.
/// </summary>
public sealed class EditorSession(string email, HttpClient client, Ledger ledger)
{
    public string Email => email;

    /// <summary>A body that passes validation and carries <paramref name="marker"/>, findable in the revision history.</summary>
    public static string Body(string marker) => $"## Overview\n\nText {marker} of the overview [1](#ref-1)[2](#ref-2).";

    /// <summary>The edit page's form (a new article's with a null id) as the browser would post it; null if the page did not load (the app is gone).</summary>
    public async Task<Dictionary<string, string>?> OpenAsync(int? articleId)
    {
        try
        {
            return EditorSite.EditorFields(await EditorSite.GetPageAsync(client, EditorRoutes.Edit(articleId)));
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    /// <summary>Presses <paramref name="command"/> on a loaded form, with the body replaced when <paramref name="body"/> is given.</summary>
    public Task<EditorStep> PressAsync(int? articleId, Dictionary<string, string> form, string command, string? body = null) =>
        PostAsync(articleId, EditorRoutes.Edit(articleId), form, command, body);

    /// <summary>Posts a loaded form, with <paramref name="body"/>, to the autosave endpoint, as the editor's script does.</summary>
    public Task<EditorStep> AutosaveAsync(int articleId, Dictionary<string, string> form, string body) =>
        PostAsync(articleId, EditorRoutes.Autosave, form, "autosave", body);

    /// <summary>Loads the edit page and presses <paramref name="command"/>; a page that did not load counts as cut off.</summary>
    public async Task<EditorStep> OpenAndPressAsync(int articleId, string command, string? body = null) =>
        await OpenAsync(articleId) is { } form
            ? await PressAsync(articleId, form, command, body)
            : ledger.Add(new EditorStep(email, articleId, command, body ?? "", "", Told.CutOff, 0));

    private async Task<EditorStep> PostAsync(int? articleId, string path, Dictionary<string, string> form, string command, string? body)
    {
        var basedOn = form["Form.Body"];
        var fields = new Dictionary<string, string>(form) { ["Command"] = command, ["Form.Body"] = body ?? basedOn };
        try
        {
            using var response = await client.PostAsync(path, new FormUrlEncodedContent(fields));
            // A new article's id is in the address the save redirects to.
            var id = articleId ?? (response.Headers.Location?.OriginalString.Split('/') is [_, _, _, var number, ..] ? int.Parse(number, CultureInfo.InvariantCulture) : 0);
            return ledger.Add(new EditorStep(email, id, command, fields["Form.Body"], basedOn, ToldBy(response), (int)response.StatusCode));
        }
        catch (HttpRequestException)
        {
            return ledger.Add(new EditorStep(email, articleId ?? 0, command, fields["Form.Body"], basedOn, Told.CutOff, 0));
        }
    }

    private static Told ToldBy(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.SeeOther => response.Headers.Location?.OriginalString.Split("done=").ElementAtOrDefault(1) switch
        {
            "saved" => Told.Saved,
            "submitted" => Told.Submitted,
            "published" => Told.Published,
            "alreadypublished" => Told.AlreadyPublished,
            _ => Told.Failed,
        },
        HttpStatusCode.OK when response.RequestMessage?.RequestUri?.AbsolutePath == EditorRoutes.Autosave => Told.Autosaved,
        HttpStatusCode.Conflict => Told.Conflict,
        HttpStatusCode.Forbidden or HttpStatusCode.UnprocessableEntity => Told.Refused,
        _ => Told.Failed,
    };
}

/// <summary>Every step every client took, in the order the answers came.</summary>
public sealed class Ledger
{
    private readonly List<EditorStep> _steps = [];
    private readonly Dictionary<Told, TaskCompletionSource> _firsts = [];

    public IReadOnlyList<EditorStep> Steps
    {
        get
        {
            lock (_steps)
            {
                return [.. _steps];
            }
        }
    }

    public EditorStep Add(EditorStep step)
    {
        lock (_steps)
        {
            _steps.Add(step);
            First(step.Told).TrySetResult();
        }
        return step;
    }

    /// <summary>Completes when the first step told <paramref name="told"/> is written (at once if one is).</summary>
    public Task FirstAsync(Told told)
    {
        lock (_steps)
        {
            return First(told).Task;
        }
    }

    private TaskCompletionSource First(Told told) =>
        _firsts.TryGetValue(told, out var first) ? first : _firsts[told] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How many steps were told what, e.g. "Saved 12, Published 4, CutOff 3".</summary>
    public string Summary() => string.Join(", ", Steps.GroupBy(s => s.Told).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"));
}
