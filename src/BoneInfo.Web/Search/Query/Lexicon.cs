using BoneInfo.Web.Content;
using Microsoft.Extensions.Options;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace BoneInfo.Web.Search;

/// <summary>
/// Curated synonyms from content/lexicon.yml: lay words, clinical terms and abbreviations that mean the same
/// thing to a searcher. A query phrase found in a group also searches for the group's other phrases.
/// </summary>
public sealed class Lexicon
{
    private readonly Dictionary<string, List<string[]>> _groupsByFirstWord = [];

    public Lexicon(IEnumerable<IEnumerable<string>> groups)
    {
        foreach (var group in groups)
        {
            var phrases = group.Select(p => SearchText.Words(p).ToArray()).Where(p => p.Length > 0).Distinct(PhraseComparer.Instance).ToList();
            foreach (var phrase in phrases)
            {
                if (!_groupsByFirstWord.TryGetValue(phrase[0], out var list))
                {
                    _groupsByFirstWord[phrase[0]] = list = [];
                }
                list.Add(phrase);
                Synonyms[string.Join(' ', phrase)] = phrases;
            }
        }
    }

    public static Lexicon Empty { get; } = new([]);

    /// <summary>Each phrase (words joined by spaces) with every phrase of its group, itself included.</summary>
    public Dictionary<string, List<string[]>> Synonyms { get; } = [];

    public bool Contains(string word) => _groupsByFirstWord.ContainsKey(word) || Synonyms.ContainsKey(word);

    /// <summary>The longest lexicon phrase starting at words[start], or null.</summary>
    public string[]? LongestPhraseAt(IReadOnlyList<string> words, int start)
    {
        if (!_groupsByFirstWord.TryGetValue(words[start], out var candidates))
        {
            return null;
        }
        return candidates
            .Where(p => start + p.Length <= words.Count && p.Select((w, i) => words[start + i] == w).All(x => x))
            .MaxBy(p => p.Length);
    }

    public static Lexicon Load(string path)
    {
        if (!File.Exists(path))
        {
            return Empty;
        }
        var file = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).IgnoreUnmatchedProperties().Build()
            .Deserialize<LexiconFile>(File.ReadAllText(path));
        return new Lexicon(file?.Groups ?? []);
    }

    public static Lexicon FromOptions(IOptions<ContentOptions> options) =>
        Load(Path.Combine(options.Value.ResolvedPath, "lexicon.yml"));

    private sealed class LexiconFile
    {
        public List<List<string>> Groups { get; set; } = [];
    }

    private sealed class PhraseComparer : IEqualityComparer<string[]>
    {
        public static readonly PhraseComparer Instance = new();

        public bool Equals(string[]? x, string[]? y) => x is not null && y is not null && x.SequenceEqual(y);

        public int GetHashCode(string[] obj) => string.Join(' ', obj).GetHashCode(StringComparison.Ordinal);
    }
}
