using System.Text.RegularExpressions;

namespace BoneInfo.Web.Search;

/// <summary>Splits a label into runs of text, flagging the words whose stems the searcher's findings matched.</summary>
public static partial class LabelHighlighter
{
    public static IEnumerable<(string Text, bool IsMatch)> Segments(string label, IReadOnlySet<string> matchedStems)
    {
        var position = 0;
        foreach (Match word in WordPattern().Matches(label))
        {
            if (word.Index > position)
            {
                yield return (label[position..word.Index], false);
            }
            yield return (word.Value, matchedStems.Contains(SearchText.Stem(SearchText.Words(word.Value).FirstOrDefault() ?? "")));
            position = word.Index + word.Length;
        }
        if (position < label.Length)
        {
            yield return (label[position..], false);
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
