using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace BoneInfo.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL the tests run on: <c>BONEINFO_TEST_POSTGRES</c> (a connection string whose user may create
/// databases) if set, otherwise a throwaway cluster this test run starts on a free port under a temp folder with
/// Debian's initdb and pg_ctl (as the <c>postgres</c> system user when running as root, since initdb refuses root),
/// stopped and deleted when the run ends. Every test class gets its own new database.
/// </summary>
public static class PostgreSqlServer
{
    public const string InstallHint =
        "PostgreSQL is not installed: 'sudo apt-get install -y postgresql' (or set BONEINFO_TEST_POSTGRES to a connection string) to run the PostgreSQL tests.";

    private static readonly Lazy<Task<string>> Server = new(StartAsync);

    private static string? Configured => Environment.GetEnvironmentVariable("BONEINFO_TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    private static string? BinFolder =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
                .OrderByDescending(d => d, StringComparer.Ordinal).FirstOrDefault()
            : null;

    public static bool IsAvailable => Configured is not null || BinFolder is not null;

    /// <summary>Why PostgreSQL tests are skipped, or null when they run. Under <c>CI=true</c> they always run (and fail without PostgreSQL).</summary>
    public static string? SkipReason => IsAvailable || IsCi ? null : InstallHint;

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>A new, empty database; returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var server = await Server.Value;
        var name = $"boneinfo_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = true }.ConnectionString;
    }

    /// <summary>For <see cref="AdministerAsync"/>: ends every session of the database, as a failover or an administrator would.</summary>
    public const string EndSessionsSql =
        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '{database}' AND pid <> pg_backend_pid()";

    /// <summary>
    /// Runs <paramref name="sql"/> on the server of <paramref name="connectionString"/> from outside its database, as an
    /// administrator would; <c>{database}</c> in it stands for that database's name. Returns the first value it selects.
    /// </summary>
    public static async Task<object?> AdministerAsync(string? connectionString, string sql)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString ?? throw new ArgumentNullException(nameof(connectionString))).Database!;
        var server = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql.Replace("{database}", database, StringComparison.Ordinal), connection);
        return await command.ExecuteScalarAsync();
    }

    private static async Task<string> StartAsync()
    {
        if (Configured is { } configured)
        {
            return configured;
        }
        var bin = BinFolder ?? throw new InvalidOperationException(InstallHint);
        var folder = Path.Combine(Path.GetTempPath(), $"boneinfo-pg-{Guid.NewGuid():N}");
        var data = Path.Combine(folder, "data");
        Directory.CreateDirectory(folder);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await RunAsync("chown", false, "postgres:postgres", folder);
        }
        await RunAsync(Path.Combine(bin, "initdb"), asRoot, "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions");
        var port = FreePort();
        await RunAsync(Path.Combine(bin, "pg_ctl"), asRoot, "-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o",
            $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
            "start");
        // One shell does both, so the folder goes even if the test host is ended before the server has stopped.
        var stop = $"{(asRoot ? "runuser -u postgres -- " : "")}'{Path.Combine(bin, "pg_ctl")}' -D '{data}' -m immediate -w stop >/dev/null 2>&1; rm -rf '{folder}'";
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            Process.Start(new ProcessStartInfo("sh") { ArgumentList = { "-c", stop } })?.WaitForExit(TimeSpan.FromSeconds(20));
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
    }

    /// <summary>A TCP port on the loopback address that nothing listens on at the moment.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string program, bool asPostgresUser, params string[] args)
    {
        var start = new ProcessStartInfo(asPostgresUser ? "runuser" : program) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (asPostgresUser)
        {
            foreach (var a in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(a);
            }
        }
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({process.ExitCode}): {await output}{await errors}");
        }
    }
}

/// <summary>Marks a test class that runs on PostgreSQL: its <see cref="DatabaseFactAttribute"/> tests are skipped when PostgreSQL is missing (outside CI).</summary>
public interface IPostgreSqlTests;
