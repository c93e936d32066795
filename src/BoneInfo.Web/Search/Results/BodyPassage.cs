using System.Globalization;
using System.Text;
using BoneInfo.Web.Markdown;

namespace BoneInfo.Web.Search;

/// <summary>
/// The passage of an article's plain-text body that shows the most of the searcher's words, with those words
/// marked: built in memory from the body the index stores, so a common word is shown as readily as a rare one.
/// </summary>
public static class BodyPassage
{
    private const int Span = 160, Lead = 30;

    /// <summary>HTML (escaped, matches in &lt;mark&gt;), or null when the body contains none of the stems.</summary>
    public static string? Build(string body, IReadOnlySet<string> stems)
    {
        var matches = MatchesIn(Fold(body), stems);
        if (matches.Count == 0)
        {
            return null;
        }
        var anchor = BestAnchor(matches);
        var start = WordStartBefore(body, Math.Max(0, anchor.Start - Lead));
        var end = WordEndAfter(body, Math.Min(body.Length, start + Span + Lead));
        var marked = new StringBuilder(start > 0 ? "…" : "");
        var position = start;
        foreach (var match in matches.Where(m => m.Start >= start && m.Start + m.Length <= end))
        {
            marked.Append(body, position, match.Start - position).Append('\u0002').Append(body, match.Start, match.Length).Append('\u0003');
            position = match.Start + match.Length;
        }
        marked.Append(body, position, end - position).Append(end < body.Length ? "…" : "");
        return SnippetHtml.FromMarkers(marked.ToString());
    }

    private sealed record Match(int Start, int Length, string Stem);

    /// <summary>
    /// The match that starts the best window of <see cref="Span"/> characters: most distinct stems, then most
    /// matches. One pass, sliding the window's end forward as its start moves.
    /// </summary>
    private static Match BestAnchor(List<Match> matches)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var (best, bestScore, end) = (matches[0], -1, 0);
        for (var start = 0; start < matches.Count; start++)
        {
            for (; end < matches.Count && matches[end].Start < matches[start].Start + Span; end++)
            {
                counts[matches[end].Stem] = counts.GetValueOrDefault(matches[end].Stem) + 1;
            }
            var score = (counts.Count * 100) + (end - start);
            if (score > bestScore)
            {
                (best, bestScore) = (matches[start], score);
            }
            if (--counts[matches[start].Stem] == 0)
            {
                counts.Remove(matches[start].Stem);
            }
        }
        return best;
    }

    /// <summary>The words of the folded body whose stems were asked for, in order.</summary>
    private static List<Match> MatchesIn(string folded, IReadOnlySet<string> stems)
    {
        // Stemming only trims endings, so a word can match only if it starts like a wanted stem: most words stop at that test.
        var prefixes = stems.Select(s => s[..Math.Min(2, s.Length)]).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var matches = new List<Match>();
        for (var i = 0; i < folded.Length;)
        {
            if (!char.IsLetterOrDigit(folded[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < folded.Length && char.IsLetterOrDigit(folded[i]))
            {
                i++;
            }
            var word = folded.AsSpan(start, i - start);
            if (prefixes.Contains(word[..Math.Min(2, word.Length)]) && SearchText.Stem(word.ToString()) is var stem && stems.Contains(stem))
            {
                matches.Add(new Match(start, word.Length, stem));
            }
        }
        return matches;
    }

    /// <summary>Lowercase with accents removed, one character for one, so positions in it are positions in the body.</summary>
    private static string Fold(string body) => string.Create(body.Length, body, static (chars, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            chars[i] = char.IsAscii(c) ? char.ToLowerInvariant(c) : FoldOne(c);
        }
    });

    private static char FoldOne(char c)
    {
        var decomposed = SafeUnicode.Normalize(c.ToString(), NormalizationForm.FormKD); // half an emoji alone is a lone surrogate
        return decomposed.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) != UnicodeCategory.NonSpacingMark
            ? char.ToLowerInvariant(decomposed[0])
            : char.ToLowerInvariant(c);
    }

    private static int WordStartBefore(string body, int index)
    {
        while (index > 0 && !char.IsWhiteSpace(body[index - 1]))
        {
            index--;
        }
        return index;
    }

    private static int WordEndAfter(string body, int index)
    {
        while (index < body.Length && !char.IsWhiteSpace(body[index]))
        {
            index++;
        }
        return index;
    }
}
