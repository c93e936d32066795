using Npgsql;

namespace BoneInfo.FaultSuite;

/// <summary>
/// A new database on a PostgreSQL server for one run, dropped afterwards. Read-only is PostgreSQL's own switch for a
/// database (<c>default_transaction_read_only</c>), with the app's sessions ended so that its pool reconnects into it:
/// writes then fail with SQLSTATE 25006 while reads go on. The server's disk is not the suite's to fill (it may be
/// shared), so there is no full-disk fault on PostgreSQL.
/// </summary>
public sealed class PostgreSqlDatabase : IDatabase
{
    private readonly string _server;
    private readonly string _name = $"boneinfo_faultsuite_{Guid.NewGuid():N}";
    private readonly string _searchIndex;

    private PostgreSqlDatabase(string server, string workFolder) =>
        (_server, _searchIndex) = (server, Path.Combine(workFolder, "search-index.db"));

    public static async Task<PostgreSqlDatabase> CreateAsync(string server, string workFolder, Action<string> log)
    {
        var database = new PostgreSqlDatabase(server, workFolder);
        await database.OnServerAsync($"CREATE DATABASE \"{database._name}\"");
        log($"database {database._name} on {new NpgsqlConnectionStringBuilder(server).Host}");
        return database;
    }

    private string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;

    public string Description => $"PostgreSQL (a new database on {new NpgsqlConnectionStringBuilder(_server).Host}, search index in a local SQLite file)";

    public IReadOnlyDictionary<string, string> AppSettings => new Dictionary<string, string>
    {
        ["Database__Provider"] = "PostgreSQL",
        ["ConnectionStrings__BoneInfo"] = ConnectionString,
        ["Search__IndexPath"] = _searchIndex,
    };

    public string? ReadOnlyUnavailable => null;
    public string? DiskFullUnavailable => "the PostgreSQL server's disk is not the suite's to fill (the server may be shared)";
    public bool ReadOnlyLastsUntilRestart => false;

    public Task BeginReadOnlyAsync() => SwitchReadOnlyAsync("SET default_transaction_read_only = on");

    public Task EndReadOnlyAsync() => SwitchReadOnlyAsync("RESET default_transaction_read_only");

    public Task<string> FillDiskAsync() => throw new NotSupportedException(DiskFullUnavailable);

    public Task FreeDiskAsync() => Task.CompletedTask;

    public async Task<DatabaseFindings> ReadFindingsAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return await DatabaseFindings.ReadAsync(connection, "not checked (PostgreSQL)");
    }

    /// <summary>The database is dropped after the run; <c>pg_dump</c> it by hand first to keep it.</summary>
    public Task KeepCopyAsync(string folder) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await OnServerAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
        File.Delete(_searchIndex);
    }

    /// <summary>Changes the database's default, then ends its sessions: a session keeps the default it started with.</summary>
    private async Task SwitchReadOnlyAsync(string change)
    {
        await OnServerAsync($"ALTER DATABASE \"{_name}\" {change}");
        await OnServerAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{_name}'");
    }

    private async Task OnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
