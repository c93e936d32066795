using System.Text.RegularExpressions;
using BoneInfo.Tests.Infrastructure;

namespace BoneInfo.Tests.Architecture;

/// <summary>
/// The feature folders of src/BoneInfo.Web import each other in one direction only (docs/architecture.md draws it).
/// Read from the source: every <c>using BoneInfo.Web.X</c> line and every <c>BoneInfo.Web.X.</c> qualified name.
/// </summary>
[Trait("Category", "Unit")]
public sealed partial class FeatureDependencyTests
{
    /// <summary>What each folder may import. Data maps every feature's entities and any feature may use it.</summary>
    public static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Markdown"] = [],
        ["Articles"] = ["Data"],
        ["Auditing"] = ["Data"],
        ["Accounts"] = ["Auditing", "Data"],
        ["Content"] = ["Articles", "Markdown", "Data"],
        ["Glossary"] = ["Content", "Markdown"],
        ["Hpo"] = [],
        ["Site"] = [],
        ["Genes"] = ["Articles"],
        ["StructuredData"] = ["Articles", "Hpo"],
        ["PublicApi"] = ["Articles", "Genes", "Hpo", "Site"],
        ["Syndication"] = ["Articles", "Content", "Genes", "Glossary", "Site", "Data"],
        ["Search"] = ["Articles", "Caching", "Content", "Hpo", "Markdown", "Data"],
        ["Caching"] = [],
        ["Publishing"] = ["Articles", "Caching", "Content", "Markdown", "Search", "Data"],
        ["Editing"] = ["Articles", "Accounts", "Auditing", "Content", "Publishing", "Data"],
        ["Health"] = ["Search", "Data"],
        ["Backups"] = ["Data"],
        ["Data"] = ["Articles", "Accounts", "Auditing", "Editing"],
        ["Hosting"] = ["*"],
        ["Pages"] = ["*"],
    };

    private static string Source => Path.Combine(RepoPaths.Root, "src", "BoneInfo.Web");

    [Fact]
    public void EveryFeatureFolderImportsOnlyWhatTheRuleAllows()
    {
        var violations = Imports()
            .Where(i => Allowed.TryGetValue(i.From, out var allowed) ? !allowed.Contains("*") && !allowed.Contains(i.To) : true)
            .Select(i => $"{i.File}: {i.From} imports {i.To}")
            .Distinct()
            .ToList();

        Assert.Empty(violations);
    }

    [Fact]
    public void TheArticlesCoreImportsNoOtherFeature() =>
        Assert.Empty(Imports().Where(i => i.From == "Articles" && i.To != "Data").Select(i => $"{i.File} imports {i.To}"));

    [Fact]
    public void TheRuleHasNoCyclesOutsideTheDataHub()
    {
        var features = Allowed.Where(a => !a.Value.Contains("*") && a.Key != "Data").ToDictionary(a => a.Key, a => a.Value.Where(v => v != "Data").ToArray());
        foreach (var start in features.Keys)
        {
            var seen = new HashSet<string>();
            var stack = new Stack<string>(features[start]);
            while (stack.TryPop(out var next))
            {
                Assert.NotEqual(start, next);
                if (seen.Add(next))
                {
                    features.GetValueOrDefault(next, []).ToList().ForEach(stack.Push);
                }
            }
        }
    }

    [Fact]
    public void EveryFolderOfTheWebProjectIsCoveredByTheRule()
    {
        var folders = Directory.GetDirectories(Source).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj" or "wwwroot" or "Properties"));

        Assert.All(folders, f => Assert.True(Allowed.ContainsKey(f!), $"folder {f} has no entry in the dependency rule"));
    }

    [Fact]
    public void TheScanSeesAnImportThatBreaksTheRule()
    {
        var imports = ImportsOf("Articles", "Article.cs", "using BoneInfo.Web.Search;\nvar x = BoneInfo.Web.Editing.Thing;");

        Assert.Equal(["Search", "Editing"], imports.Select(i => i.To));
    }

    private static IEnumerable<(string File, string From, string To)> Imports() =>
        Allowed.Keys.Where(folder => Directory.Exists(Path.Combine(Source, folder))).SelectMany(folder =>
            Directory.EnumerateFiles(Path.Combine(Source, folder), "*.cs*", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .SelectMany(f => ImportsOf(folder, Path.GetRelativePath(Source, f), File.ReadAllText(f))));

    private static IEnumerable<(string File, string From, string To)> ImportsOf(string folder, string file, string text) =>
        ReferencePattern().Matches(text).Select(m => m.Groups[1].Value).Where(to => to != folder).Select(to => (file, folder, to));

    [GeneratedRegex(@"\bBoneInfo\.Web\.([A-Z][A-Za-z]+)\b")]
    private static partial Regex ReferencePattern();
}
