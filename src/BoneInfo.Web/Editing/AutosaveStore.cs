using System.Security.Cryptography;
using BoneInfo.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Editing;

/// <summary>
/// Unsaved editor text on the server. Never a revision: one row per article and user, replaced by each autosave
/// and removed when the editor saves or discards it; or a row with a token for text posted after a session ended.
/// </summary>
/// <remarks>
/// Rows are replaced and removed with set-based deletes, never by deleting or updating loaded entities: one
/// editor's two tabs (one saving, which discards the copy, the other autosaving or keeping a conflict) would otherwise
/// meet a row the other had just removed, and EF Core reports that as a concurrency failure.
/// </remarks>
public sealed class AutosaveStore(BoneInfoDbContext db, TimeProvider clock)
{
    /// <summary>Text rescued from an expired session is kept this long for its editor to sign in again.</summary>
    public static readonly TimeSpan RecoveryLifetime = TimeSpan.FromDays(7);

    /// <summary>Replaces the editor's kept text for the article; null if there is no such article.</summary>
    public async Task<DateTime?> KeepAsync(int? articleId, int userId, ArticleForm form, CancellationToken cancellationToken = default)
    {
        if (articleId is { } id && !await db.Articles.AnyAsync(a => a.Id == id, cancellationToken))
        {
            return null;
        }
        var row = new Autosave { ArticleId = articleId, UserId = userId, FormJson = form.ToJson(), SavedAt = clock.GetUtcNow().UtcDateTime };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await Mine(articleId, userId).ExecuteDeleteAsync(cancellationToken);
        db.Autosaves.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return row.SavedAt;
    }

    public Task<Autosave?> FindAsync(int? articleId, int userId, CancellationToken cancellationToken = default) =>
        Mine(articleId, userId).AsNoTracking().OrderByDescending(a => a.SavedAt).FirstOrDefaultAsync(cancellationToken);

    public Task DiscardAsync(int? articleId, int userId, CancellationToken cancellationToken = default) =>
        Mine(articleId, userId).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Keeps text posted without a valid sign-in; returns the token the editor brings back after signing in.</summary>
    public async Task<string> KeepForSignInAsync(ArticleForm form, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now - RecoveryLifetime;
        await db.Autosaves.Where(a => a.Token != null && a.SavedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        db.Autosaves.Add(new Autosave { ArticleId = form.ArticleId, Token = token, FormJson = form.ToJson(), SavedAt = now });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>
    /// Takes the text kept for <paramref name="token"/> out of the store (each token works once), if it was written
    /// in <paramref name="userId"/>'s session; another editor's text stays kept for them.
    /// </summary>
    public async Task<RecoveredText> TakeForSignInAsync(string token, int userId, CancellationToken cancellationToken = default)
    {
        var row = await db.Autosaves.SingleOrDefaultAsync(a => a.Token == token && a.UserId == null, cancellationToken);
        var form = row is null || row.SavedAt < clock.GetUtcNow().UtcDateTime - RecoveryLifetime ? null : ArticleForm.FromJson(row.FormJson);
        if (form is null)
        {
            return RecoveredText.Gone;
        }
        if (form.EditorId != userId)
        {
            return RecoveredText.OtherEditor;
        }
        // Each token works once: of two sign-ins bringing it back at once, the one whose delete removes the row has it.
        return await db.Autosaves.Where(a => a.Id == row!.Id).ExecuteDeleteAsync(cancellationToken) == 1 ? new RecoveredText(form, false) : RecoveredText.Gone;
    }

    private IQueryable<Autosave> Mine(int? articleId, int userId) =>
        db.Autosaves.Where(a => a.ArticleId == articleId && a.UserId == userId && a.Token == null);
}

/// <summary>Text brought back after signing in again; <see cref="Form"/> is null when there is none for this editor.</summary>
public sealed record RecoveredText(ArticleForm? Form, bool BelongsToOtherEditor)
{
    public static readonly RecoveredText Gone = new(null, false);
    public static readonly RecoveredText OtherEditor = new(null, true);
}
