using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Search;

/// <summary>
/// Corrects words the index has never seen to the nearest word it has (Damerau-Levenshtein distance over the
/// unstemmed fts5vocab vocabulary, same first letter, ties broken by how many articles use the word). The vocabulary is held
/// in memory and reloaded when the index changes.
/// </summary>
public sealed class SpellingCorrector(SearchIndexVersion version)
{
    private readonly Lock _gate = new();
    private (int Version, IndexVocabulary Vocabulary)? _vocabulary;

    public async Task<IndexVocabulary> VocabularyAsync(SearchStore index, CancellationToken cancellationToken)
    {
        var current = version.Value;
        lock (_gate)
        {
            if (_vocabulary is { } cached && cached.Version == current)
            {
                return cached.Vocabulary;
            }
        }
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var connection = index.Database.GetDbConnection();
        await index.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT term, doc FROM ArticleWordsVocab";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                words[reader.GetString(0)] = reader.GetInt32(1);
            }
        }
        finally
        {
            await index.Database.CloseConnectionAsync();
        }
        var vocabulary = new IndexVocabulary(words);
        lock (_gate)
        {
            _vocabulary = (current, vocabulary);
        }
        return vocabulary;
    }

    /// <summary>The closest known word, or null when nothing is close enough to be a plausible typo.</summary>
    public static string? Nearest(string word, IReadOnlyDictionary<string, int> vocabulary)
    {
        var allowed = word.Length switch { < 4 => 0, < 7 => 1, < 11 => 2, _ => 3 };
        if (allowed == 0 || word.Any(char.IsDigit))
        {
            return null;
        }
        string? best = null;
        var (bestDistance, bestDocs) = (int.MaxValue, 0);
        foreach (var (candidate, docs) in vocabulary)
        {
            // Typos rarely touch the first letter; requiring it keeps real words ("mother") from becoming others ("other").
            if (candidate[0] != word[0] || Math.Abs(candidate.Length - word.Length) > allowed || candidate.Any(char.IsDigit))
            {
                continue;
            }
            var distance = Distance(word, candidate, allowed);
            if (distance <= allowed && (distance < bestDistance || (distance == bestDistance && docs > bestDocs)))
            {
                (best, bestDistance, bestDocs) = (candidate, distance, docs);
            }
        }
        return best;
    }

    /// <summary>Optimal string alignment distance; stops early once it exceeds <paramref name="limit"/>.</summary>
    public static int Distance(string a, string b, int limit)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], previous2[j - 2] + 1);
                }
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (rowMin > limit)
            {
                return rowMin;
            }
            (previous2, previous, current) = (previous, current, previous2);
        }
        return previous[b.Length];
    }
}
