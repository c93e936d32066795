using System.Globalization;

namespace BoneInfo.Benchmarks;

/// <summary>
/// Command line: article counts (default 1000 10000 100000), then optionally <c>--rounds R</c> (rounds of the query
/// mix, default 50), <c>--keep</c> (keep the database files), <c>--no-wait</c> (do not wait for a quiet machine) and
/// <c>--doc PATH</c> (where to write the report).
/// </summary>
public sealed record BenchmarkOptions(IReadOnlyList<int> Sizes, RunPlan Plan, bool KeepDatabases, string DocPath, string ContentFolder)
{
    public static BenchmarkOptions Parse(string[] args)
    {
        var root = RepoRoot();
        var sizes = new List<int>();
        var plan = RunPlan.Default;
        var keep = false;
        var doc = Path.Combine(root, "docs", "performance.md");
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--rounds" when i + 1 < args.Length:
                    plan = plan with { Rounds = int.Parse(args[++i], CultureInfo.InvariantCulture) };
                    break;
                case "--keep":
                    keep = true;
                    break;
                case "--no-wait":
                    SystemLoad.WaitEnabled = false;
                    break;
                case "--doc" when i + 1 < args.Length:
                    doc = Path.GetFullPath(args[++i]);
                    break;
                default:
                    sizes.Add(int.Parse(args[i].Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture));
                    break;
            }
        }
        return new BenchmarkOptions(sizes.Count > 0 ? sizes : [1_000, 10_000, 100_000], plan, keep, doc, Path.Combine(root, "content"));
    }

    private static string RepoRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "BoneInfo.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new InvalidOperationException("BoneInfo.sln not found above " + AppContext.BaseDirectory);
    }
}
