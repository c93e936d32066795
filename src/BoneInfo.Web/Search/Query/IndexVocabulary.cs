namespace BoneInfo.Web.Search;

/// <summary>
/// Every word in the search index with the number of articles that use it (from <c>ArticleWordsVocab</c>):
/// what spelling correction chooses from, and how search tells a distinguishing word from a near-universal one.
/// </summary>
public sealed class IndexVocabulary(Dictionary<string, int> words)
{
    // Built with the vocabulary (every search asks for it), so the start-up warm-up covers it too.
    private readonly Dictionary<string, int> _articlesByStem = words
        .GroupBy(w => SearchText.Stem(w.Key), StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Sum(w => w.Value), StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Words => words;

    /// <summary>
    /// About how many articles contain the concept: for each alternative the count of its rarest word (words that
    /// share a stem are added up), summed over alternatives: an estimate that errs high, which is the safe side
    /// for deciding that a concept is too common to rank by.
    /// </summary>
    public int ArticlesWith(Concept concept) =>
        concept.Alternatives.Sum(a => a.Min(w => _articlesByStem.GetValueOrDefault(SearchText.Stem(w))));
}
