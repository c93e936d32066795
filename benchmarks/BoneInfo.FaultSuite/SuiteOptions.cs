using System.Globalization;

namespace BoneInfo.FaultSuite;

/// <summary>What one run does. Defaults are the long run; <see cref="ForCi"/> is the one CI runs.</summary>
public sealed record SuiteOptions
{
    public int Seconds { get; init; } = 60;
    public int Readers { get; init; } = 100;
    public int Editors { get; init; } = 5;

    /// <summary>kill -9 and restart the app after this many seconds of uptime.</summary>
    public int RestartEverySeconds { get; init; } = 15;

    /// <summary>How long each disk fault (read-only, full) lasts.</summary>
    public int FaultSeconds { get; init; } = 5;

    /// <summary>The Markdown report; null for none.</summary>
    public string? ReportPath { get; init; }

    /// <summary>A folder holding a built BoneInfo.Web.dll (a build or publish output); null to publish the repository's app in Release.</summary>
    public string? AppFolder { get; init; }

    public bool PostgreSql { get; init; }

    /// <summary>With <see cref="PostgreSql"/>: a connection string whose user may create databases.</summary>
    public string? PostgreSqlServer { get; init; }

    /// <summary>Keep the work folder (database, app log) for a look afterwards.</summary>
    public bool Keep { get; init; }

    /// <summary>What CI runs: 16 s, 20 readers, a restart every 4 s of uptime and 2 s disk faults (full, then read-only).</summary>
    public static SuiteOptions ForCi(string? appFolder, string? reportPath) => new()
    {
        Seconds = 16,
        Readers = 20,
        RestartEverySeconds = 4,
        FaultSeconds = 2,
        AppFolder = appFolder,
        ReportPath = reportPath,
    };

    public const string Usage = """
        BoneInfo load-and-fault suite (see docs/operations.md)
          --seconds N          how long the load runs (60)
          --readers N          concurrent anonymous readers (100)
          --editors N          concurrent editors (5)
          --restart-every N    kill -9 and restart the app every N seconds of uptime (15)
          --fault-seconds N    length of each read-only / full-disk window (5)
          --short              the CI run: 16 s, 20 readers, restart every 4 s, 2 s faults, no report
          --report PATH        Markdown report (docs/fault-suite.md; none with --short); --no-report for none
          --app FOLDER         a built BoneInfo.Web.dll to run instead of publishing the app
          --provider postgres  run on PostgreSQL (--postgres CONNECTION or BONEINFO_TEST_POSTGRES)
          --keep               keep the work folder (database, app log)
        """;

    public static SuiteOptions Parse(string[] args, string repositoryRoot)
    {
        // The short run writes no report unless asked, so that it never replaces the long run's docs/fault-suite.md.
        var options = args.Contains("--short") ? ForCi(null, null) : new SuiteOptions { ReportPath = Path.Combine(repositoryRoot, "docs", "fault-suite.md") };
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Number() => int.TryParse(Next(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0
                ? n : throw new ArgumentException($"{args[i - 1]} needs a positive whole number");
            options = args[i] switch
            {
                "--seconds" => options with { Seconds = Number() },
                "--readers" => options with { Readers = Number() },
                "--editors" => options with { Editors = Number() },
                "--restart-every" => options with { RestartEverySeconds = Number() },
                "--fault-seconds" => options with { FaultSeconds = Number() },
                "--short" => options,
                "--report" => options with { ReportPath = Path.GetFullPath(Next()) },
                "--no-report" => options with { ReportPath = null },
                "--app" => options with { AppFolder = Path.GetFullPath(Next()) },
                "--provider" => options with { PostgreSql = Next().ToUpperInvariant() switch
                {
                    "POSTGRES" or "POSTGRESQL" => true,
                    "SQLITE" => false,
                    var other => throw new ArgumentException($"unknown provider '{other}': sqlite or postgres"),
                } },
                "--postgres" => options with { PostgreSqlServer = Next(), PostgreSql = true },
                "--keep" => options with { Keep = true },
                _ => throw new ArgumentException($"unknown option '{args[i]}'"),
            };
        }
        if (options.Editors < 3)
        {
            // A writer and two reviewers: the fewest with which a revision can be saved, submitted and published by another.
            throw new ArgumentException("--editors must be at least 3");
        }
        return options with
        {
            PostgreSqlServer = options.PostgreSql
                ? options.PostgreSqlServer ?? Environment.GetEnvironmentVariable("BONEINFO_TEST_POSTGRES")
                    ?? throw new ArgumentException("--provider postgres needs --postgres CONNECTION or BONEINFO_TEST_POSTGRES")
                : null,
        };
    }
}
