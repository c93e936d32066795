using System.Text.RegularExpressions;

namespace BoneInfo.Tests.Content;

/// <summary>Flesch-Kincaid grade level, used to keep plain-language summaries at grade 8 or below.</summary>
public static partial class Readability
{
    public const double MaxSummaryGrade = 8.0;

    public static double FleschKincaidGrade(string text)
    {
        var words = WordPattern().Matches(text).Select(m => m.Value).ToList();
        if (words.Count == 0)
        {
            return 0;
        }
        var sentences = Math.Max(1, SentenceEndPattern().Count(text));
        var syllables = words.Sum(Syllables);
        return (0.39 * words.Count / sentences) + (11.8 * syllables / words.Count) - 15.59;
    }

    /// <summary>Vowel groups, less a silent final 'e' (but not '-le'); every word has at least one.</summary>
    public static int Syllables(string word)
    {
        var lower = word.ToLowerInvariant();
        var count = VowelGroupPattern().Count(lower);
        if (lower.Length > 2 && lower.EndsWith('e') && !lower.EndsWith("le", StringComparison.Ordinal))
        {
            count--;
        }
        return Math.Max(1, count);
    }

    [GeneratedRegex("[A-Za-z']+")]
    private static partial Regex WordPattern();

    [GeneratedRegex("[.!?]+")]
    private static partial Regex SentenceEndPattern();

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex VowelGroupPattern();
}
