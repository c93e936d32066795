using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace BoneInfo.Web.Search;

/// <summary>
/// What this node's read model has seen (the newest <see cref="Articles.Article.UpdatedAt"/>), and the gate that lets
/// one catch-up run at a time. The mark is also stored in the node's file, in the transaction that wrote the entries
/// it covers, so that a restart resumes from it instead of rebuilding (<see cref="SearchIndex.IsCompleteAsync"/>).
/// </summary>
public sealed class SearchReadModelState : IDisposable
{
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>Null until the read model has been built or resumed in this process.</summary>
    public DateTime? Newest { get; set; }

    public void Dispose() => Gate.Dispose();

    /// <summary>The build that wrote a file: another build's file is rebuilt, since its documents or tokenizer may differ.</summary>
    private static string Build { get; } = typeof(SearchReadModelState).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static Task SaveAsync(DatabaseFacade index, DateTime newest, CancellationToken cancellationToken) =>
        index.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO ReadModelState(Id, Newest, Build) VALUES (1, {newest.ToString("O", CultureInfo.InvariantCulture)}, {Build}) ON CONFLICT(Id) DO UPDATE SET Newest = excluded.Newest, Build = excluded.Build",
            cancellationToken);

    /// <summary>The mark this build stored in the file, or null (no mark, or another build's).</summary>
    public static async Task<DateTime?> LoadAsync(DatabaseFacade index, CancellationToken cancellationToken)
    {
        var rows = await index.SqlQuery<StoredMark>($"SELECT Newest, Build FROM ReadModelState WHERE Id = 1").ToListAsync(cancellationToken);
        return rows is [var row] && row.Build == Build
            && DateTime.TryParse(row.Newest, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var newest) ? newest : null;
    }

    private sealed record StoredMark(string Newest, string Build);
}
