using System.Collections.Concurrent;

namespace BoneInfo.FaultSuite;

/// <summary>How a step ended, as the editor was told.</summary>
public enum Told
{
    /// <summary>303 to the edit page with done=saved or done=submitted (a save), done=published (a publish).</summary>
    Done,

    /// <summary>done=alreadypublished: the second of a double click.</summary>
    AlreadyDone,

    /// <summary>409: someone else saved first; nothing was saved.</summary>
    Conflict,

    /// <summary>400, 403 or 422: refused with a reason.</summary>
    Refused,

    ServerError,

    /// <summary>Refused connection, reset or timeout: the editor does not know what happened.</summary>
    NoAnswer,

    /// <summary>Any other answer (listed in the report by status).</summary>
    Other,
}

/// <summary>A save (or submit, which saves first) and what its editor was told; <see cref="Revision"/> when the page after it showed theirs.</summary>
public sealed record SaveStep(string Editor, int ArticleId, string Token, string Command, Told Told, int Status, double At, int? Revision);

/// <summary>One press of Publish on the working revision the page showed; a double click is two presses at once.</summary>
public sealed record PublishStep(string Editor, int ArticleId, int Revision, bool DoubleClick, Told Told, int Status, double At);

/// <summary>Everything the editors were told, to check against the database afterwards.</summary>
public sealed class EditLedger
{
    private readonly ConcurrentQueue<SaveStep> _saves = new();
    private readonly ConcurrentQueue<PublishStep> _publishes = new();

    public IReadOnlyList<SaveStep> Saves => [.. _saves];
    public IReadOnlyList<PublishStep> Publishes => [.. _publishes];

    public void Add(SaveStep step) => _saves.Enqueue(step);

    public void Add(PublishStep step) => _publishes.Enqueue(step);

    public static Told Classify(Answer answer, params string[] done) => answer.Status switch
    {
        0 => Told.NoAnswer,
        303 when done.Any(answer.Redirected) => Told.Done,
        303 when answer.Redirected("alreadypublished") => Told.AlreadyDone,
        409 => Told.Conflict,
        400 or 403 or 422 => Told.Refused,
        >= 500 => Told.ServerError,
        _ => Told.Other,
    };
}
