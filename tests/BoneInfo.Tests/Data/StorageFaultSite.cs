using System.Data.Common;
using BoneInfo.Tests.Editing;
using BoneInfo.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BoneInfo.Tests.Data;

/// <summary>
/// The editor site on a SQLite file whose faults are SQLite's own, turned on and off while the app runs: a full
/// disk (<c>PRAGMA max_page_count</c> held at the pages the file has, so the next page SQLite needs is refused with
/// SQLITE_FULL), a read-only database (the file opened with <c>Mode=ReadOnly</c>, which SQLite enforces even for
/// root, so the tests hold in CI), and a busy one (another connection holds the write lock past the timeout).
/// </summary>
public sealed class StorageFaultSite() : EditorSite(new FaultyApp())
{
    /// <summary>How long a write waits for a lock before SQLite's BUSY reaches the app (connection string <c>Default Timeout</c>).</summary>
    public const int LockTimeoutSeconds = 2;

    private FaultyApp Faulty => (FaultyApp)App;

    private string ConnectionString(bool readOnly) =>
        $"Data Source={App.DatabasePath};Default Timeout={LockTimeoutSeconds}" + (readOnly ? ";Mode=ReadOnly" : "");

    /// <summary>From now on every connection the app opens may not grow the file; free pages are vacuumed away first.</summary>
    public async Task FillDiskAsync()
    {
        await using (var connection = new SqliteConnection($"Data Source={App.DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var vacuum = connection.CreateCommand();
            vacuum.CommandText = "VACUUM";
            await vacuum.ExecuteNonQueryAsync();
        }
        Faulty.PageLimit.Full = true;
    }

    public void FreeDisk() => Faulty.PageLimit.Full = false;

    /// <summary>The app's connection string switched to a read-only open of the same file (and back).</summary>
    public void SetReadOnly(bool readOnly) =>
        App.Services.GetRequiredService<IConfiguration>()["ConnectionStrings:BoneInfo"] = ConnectionString(readOnly);

    /// <summary>Another process's writer: holds the write lock until disposed.</summary>
    public async Task<IAsyncDisposable> HoldWriteLockAsync()
    {
        var connection = new SqliteConnection($"Data Source={App.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using (var begin = connection.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync();
        }
        return connection; // disposing it rolls the open transaction back and releases the lock
    }

    private sealed class FaultyApp() : BoneInfoFactory(RepoPaths.TestContent)
    {
        public PageLimit PageLimit { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:BoneInfo", $"Data Source={DatabasePath};Default Timeout={LockTimeoutSeconds}");
            builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(PageLimit));
        }
    }

    /// <summary>Sets <c>max_page_count</c> on every connection the app opens: the current size while full, else no limit.</summary>
    private sealed class PageLimit : DbConnectionInterceptor
    {
        private const long NoLimit = 1073741823;

        public volatile bool Full;

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Full ? "SELECT page_count FROM pragma_page_count()" : $"SELECT {NoLimit}";
            var pages = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            command.CommandText = $"PRAGMA max_page_count = {pages}";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
            ConnectionOpenedAsync(connection, eventData).GetAwaiter().GetResult();
    }
}
