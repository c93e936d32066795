using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BoneInfo.Tests.Security.HostileInput;

/// <summary>
/// One hostile string of corpus.txt. <see cref="Encoded"/> is what goes into a query string, a form body or a
/// path segment (percent-encoded UTF-8, or the line's own bytes for <c>{raw}</c>); <see cref="Text"/> is the
/// string the app should receive.
/// </summary>
public sealed record HostileString(string Category, int Line, string Text, string Encoded, bool IsRaw)
{
    public const string Marker = "bix9";

    /// <summary>Short and printable, for reports: the start of the string with its escapes, and its length.</summary>
    public string Label
    {
        get
        {
            var shown = new StringBuilder();
            foreach (var c in Text.Take(40))
            {
                shown.Append(c is >= ' ' and < '\x7f' ? c.ToString() : $"\\u{(int)c:X4}");
            }
            return $"{Category}:{Line} \"{shown}{(Text.Length > 40 ? "…" : "")}\" ({Text.Length} chars)";
        }
    }

    public override string ToString() => Label;
}

/// <summary>Reads corpus.txt (format in README.md next to it).</summary>
public static partial class HostileCorpus
{
    private static readonly Lazy<IReadOnlyList<HostileString>> Loaded = new(() =>
        Parse(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Security", "HostileInput", "corpus.txt"))));

    public static IReadOnlyList<HostileString> All => Loaded.Value;

    public static IReadOnlyList<HostileString> Parse(IEnumerable<string> lines)
    {
        var found = new List<HostileString>();
        var category = "";
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            if (line.StartsWith("@category ", StringComparison.Ordinal))
            {
                category = line["@category ".Length..].Trim();
                continue;
            }
            if (category.Length == 0)
            {
                throw new FormatException($"line {number}: a string before the first @category");
            }
            found.Add(Decode(category, number, line));
        }
        return found;
    }

    private static HostileString Decode(string category, int number, string line)
    {
        if (line.StartsWith("{raw}", StringComparison.Ordinal))
        {
            var encoded = line["{raw}".Length..];
            return new HostileString(category, number, System.Net.WebUtility.UrlDecode(encoded), encoded, true);
        }
        var text = line == "{empty}" ? "" : Unescape(line, number);
        // What a browser sends: UTF-8, percent-encoded (a lone surrogate cannot be UTF-8 and goes as U+FFFD).
        var escaped = Uri.EscapeDataString(text);
        return new HostileString(category, number, Uri.UnescapeDataString(escaped), escaped, false);
    }

    /// <summary>Backslash escapes and {repeat:TEXT:N} markers, left to right.</summary>
    public static string Unescape(string line, int number = 0)
    {
        var text = new StringBuilder();
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\')
            {
                i = Escape(line, i, text, number);
            }
            else if (Repeat().Match(line, i) is { Success: true } repeat)
            {
                var unit = Unescape(repeat.Groups["text"].Value, number);
                text.Insert(text.Length, unit, int.Parse(repeat.Groups["count"].Value, CultureInfo.InvariantCulture));
                i += repeat.Length - 1;
            }
            else
            {
                text.Append(line[i]);
            }
        }
        return text.ToString();
    }

    /// <summary>Appends the escape starting at <paramref name="at"/>; returns the index of its last character.</summary>
    private static int Escape(string line, int at, StringBuilder text, int number)
    {
        var code = at + 1 < line.Length ? line[at + 1] : throw new FormatException($"line {number}: a backslash at the end");
        switch (code)
        {
            case '\\' or '#' or '@' or '{':
                text.Append(code);
                return at + 1;
            case 'n': text.Append('\n'); return at + 1;
            case 'r': text.Append('\r'); return at + 1;
            case 't': text.Append('\t'); return at + 1;
            case '0': text.Append('\0'); return at + 1;
            case 's': text.Append(' '); return at + 1;
            case 'x': text.Append(Hex(line, at + 2, 2, number)); return at + 3;
            case 'u': text.Append(Hex(line, at + 2, 4, number)); return at + 5;
            default: throw new FormatException($"line {number}: unknown escape \\{code}");
        }
    }

    private static char Hex(string line, int start, int digits, int number) =>
        start + digits <= line.Length && int.TryParse(line.AsSpan(start, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)
            ? (char)value
            : throw new FormatException($"line {number}: \\x needs 2 and \\u 4 hex digits");

    [GeneratedRegex(@"\G\{repeat:(?<text>(?:\\.|[^\\])*?):(?<count>[0-9]+)\}")]
    private static partial Regex Repeat();
}
