using System.Text.RegularExpressions;
using BoneInfo.Tests.Infrastructure;

namespace BoneInfo.Tests.Content;

/// <summary>
/// Facts carry over from the source documents, sentences do not: no run of 8 or more words in an article
/// (front matter and any References section aside) may also appear in ../shared/sources. This mirrors
/// ../shared/tools/originality.py so that `dotnet test` enforces it.
/// </summary>
[Trait("Category", "Unit")]
public partial class OriginalityTests
{
    private const int RunLength = 8;

    [SharedSourcesFact]
    public void EveryArticleAndTheGlossaryAreInOurOwnWords()
    {
        var shingles = Directory.GetFiles(SharedSourcesFactAttribute.SourcesPath, "*.txt")
            .SelectMany(f => Shingles(Words(File.ReadAllText(f))))
            .ToHashSet();
        var copied = new List<string>();
        foreach (var file in Directory.GetFiles(RepoPaths.Content, "*.md", SearchOption.AllDirectories))
        {
            var words = Words(BodyOf(File.ReadAllText(file)));
            for (var i = 0; i + RunLength <= words.Count; i++)
            {
                var run = string.Join(' ', words.Skip(i).Take(RunLength));
                if (shingles.Contains(run))
                {
                    copied.Add($"{Path.GetFileName(file)}: \"{run}\"");
                    i += RunLength - 1;
                }
            }
        }
        Assert.Empty(copied);
    }

    private static List<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();

    private static IEnumerable<string> Shingles(List<string> words) =>
        Enumerable.Range(0, Math.Max(0, words.Count - RunLength + 1)).Select(i => string.Join(' ', words.Skip(i).Take(RunLength)));

    private static string BodyOf(string markdown)
    {
        if (markdown.StartsWith("---", StringComparison.Ordinal))
        {
            var end = markdown.IndexOf("\n---", 3, StringComparison.Ordinal);
            markdown = end < 0 ? markdown : markdown[(end + 4)..];
        }
        var cut = ReferencesHeading().Match(markdown);
        return cut.Success ? markdown[..cut.Index] : markdown;
    }

    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^#{1,6}\s*(references|sources|bibliography)\b", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex ReferencesHeading();
}

/// <summary>Runs when ../shared/sources sits beside the repository (as in CI); skipped with a reason otherwise.</summary>
public sealed class SharedSourcesFactAttribute : FactAttribute
{
    public static string SourcesPath => Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "sources"));

    public SharedSourcesFactAttribute()
    {
        // In CI a missing sources folder is a failure (the test runs and cannot find them), never a quiet skip.
        if (!Directory.Exists(SourcesPath) && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = $"Source documents not found at {SourcesPath}; clone the repository beside 'shared' to check originality.";
        }
    }
}
