using BoneInfo.Web.Accounts;
using BoneInfo.Web.Editing;
using BoneInfo.Web.Markdown;
using Microsoft.AspNetCore.Mvc;

namespace BoneInfo.Web.Pages.Admin.Articles;

/// <summary>What the edit page shows, apart from what it does.</summary>
public sealed partial class EditModel
{
    [BindProperty]
    public ArticleForm Form { get; set; } = new();

    /// <summary>Null for a new article.</summary>
    public ArticleState? State { get; private set; }

    public RenderedMarkdown Preview { get; private set; } = new("", []);
    public EditConflict? Conflict { get; private set; }
    public string? Message { get; private set; }

    /// <summary>The editor's unsaved text kept on the server, offered back.</summary>
    public Editing.Autosave? ServerCopy { get; private set; }

    /// <summary>After a save the browser's backstop copy has done its job: the script removes it.</summary>
    public bool ClearLocalCopy { get; private set; }

    /// <summary>The database refused the save: the script keeps the browser's copy of the text (and offers nothing back).</summary>
    public bool NotSaved { get; private set; }

    public int UserId => User.UserId() ?? throw new InvalidOperationException("The edit page needs a signed-in editor.");
    public bool IsReviewer => User.IsAtLeast(UserRole.Reviewer);
    public bool WroteWorkingRevision => State?.Working?.AuthorId == UserId;
    public bool WaitsForPublishing => State is { Pending: true, Working: not null };
    public bool CanPublish => IsReviewer && WaitsForPublishing && !WroteWorkingRevision;
    // From the form when the article could not be read (the database unreachable): still this article, never a new one.
    public string Heading => State is null && Form.ArticleId is null ? "New article" : $"Edit: {State?.Working?.Title ?? Form.Title}";
    public string FormAction => EditorRoutes.Edit(State?.Id ?? Form.ArticleId);

    /// <summary>The errors filed under a field (<c>Title</c>) or, for <c>""</c>, under the form as a whole.</summary>
    public string? ErrorFor(string field)
    {
        var key = field.Length == 0 || field == nameof(PublishAt) ? field : ArticleForm.Prefix + field;
        return ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0
            ? string.Join(" ", entry.Errors.Select(e => Sentence(e.ErrorMessage)))
            : null;
    }

    public IEnumerable<(string Key, string Message)> AllErrors() =>
        ModelState.Where(e => e.Value?.Errors.Count > 0)
            .SelectMany(e => e.Value!.Errors.Select(error => (e.Key, Sentence(error.ErrorMessage))));

    public FieldView Field(string name, string label, string? value, string? hint = null, int rows = 0, string type = "text", int? maxLength = null) =>
        new(name, label, value, ErrorFor(name), hint, rows, type, maxLength);

    private static string Sentence(string message) => message.Length == 0 ? message : char.ToUpperInvariant(message[0]) + message[1..];
}

/// <summary>One labelled field of the edit form, with its hint and error (see _Field.cshtml).</summary>
public sealed record FieldView(string Name, string Label, string? Value, string? Error, string? Hint, int Rows, string Type, int? MaxLength)
{
    public string Id => "Form_" + Name;
    public string InputName => ArticleForm.Prefix + Name;

    public string? DescribedBy => string.Join(" ", new[] { Hint is null ? null : Id + "-hint", Error is null ? null : Id + "-error" }.OfType<string>()) is { Length: > 0 } ids ? ids : null;
}
