using System.Diagnostics;
using BoneInfo.Benchmarks.Synthetic;

namespace BoneInfo.Benchmarks;

/// <summary>
/// <c>library N FOLDER</c>: writes a migrated SQLite database of N synthetic articles plus the real ones from content/,
/// with its search index, to FOLDER/boneinfo.db, for benchmarks that run the published app on a large library
/// (benchmarks/pages/run-pages.sh). The app finds the real articles unchanged and the index complete at start-up.
/// </summary>
internal static class LibraryCommand
{
    public static async Task<int> RunAsync(string[] args, string contentFolder)
    {
        if (args is not [_, var sizeText, var folder] || !int.TryParse(sizeText.Replace("_", "", StringComparison.Ordinal), out var size) || size < 0)
        {
            await Console.Error.WriteLineAsync("usage: library N FOLDER (writes FOLDER/boneinfo.db)");
            return 2;
        }
        var watch = Stopwatch.StartNew();
        using var database = new LibraryDatabase(Path.GetFullPath(folder)) { Keep = true };
        var count = database.Insert(SyntheticLibrary.RealArticles(contentFolder).Concat(SyntheticLibrary.Generate(size)));
        Console.WriteLine($"inserted {count:N0} articles in {watch.Elapsed.TotalSeconds:0.0} s");
        var (indexed, elapsed) = await database.BuildSearchIndexAsync();
        Console.WriteLine($"indexed {indexed:N0} articles in {elapsed.TotalSeconds:0.0} s; {database.FilePath} is {database.SizeInBytes() / 1048576.0:0} MiB");
        return 0;
    }
}
