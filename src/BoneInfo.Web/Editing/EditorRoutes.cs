using System.Globalization;
using System.Text.RegularExpressions;

namespace BoneInfo.Web.Editing;

/// <summary>The addresses of the editor, in one place for the pages, the scripts and the expired-session handler.</summary>
public static partial class EditorRoutes
{
    public const string New = "/admin/articles/new";
    public const string Preview = "/admin/articles/preview";
    public const string Autosave = "/admin/articles/autosave";

    public static string Edit(int? articleId) =>
        articleId is { } id ? string.Create(CultureInfo.InvariantCulture, $"/admin/articles/{id}/edit") : New;

    /// <summary>The lead's history page for an article.</summary>
    public static string History(int articleId) => string.Create(CultureInfo.InvariantCulture, $"/admin/articles/{articleId}/history");

    /// <summary>True for the edit page of an article (<paramref name="articleId"/> set) or of a new one (null).</summary>
    public static bool IsEditPage(PathString path, out int? articleId)
    {
        var match = EditPath().Match(path.Value ?? "");
        articleId = match.Groups[1].Success && int.TryParse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture, out var id) ? id : null;
        return match.Success && (articleId is not null || !match.Groups[1].Success);
    }

    /// <summary>Endpoints the editor's script calls in the background: they answer 401, not a sign-in page.</summary>
    public static bool IsBackground(PathString path) =>
        path.Equals(Preview, StringComparison.OrdinalIgnoreCase) || path.Equals(Autosave, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("^/admin/articles/(?:([0-9]{1,9})/edit|new)/?$", RegexOptions.IgnoreCase)]
    private static partial Regex EditPath();
}
