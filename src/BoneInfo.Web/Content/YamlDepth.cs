using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BoneInfo.Web.Content;

/// <summary>
/// Refuses YAML nested deeper than any content file needs, before YamlDotNet's deserializer sees it. The
/// deserializer recurses once per level with no limit of its own (YamlDotNet 16), so a few thousand '[' in the
/// editor's structured-data box would overflow the stack and end the process: a crash no try/catch can stop.
/// The parser itself reads events without recursing, so counting its events is safe at any depth.
/// </summary>
public static class YamlDepth
{
    /// <summary>Front matter needs 4 (document, list, item, value list); 32 leaves room and stops long before the stack is at risk.</summary>
    public const int Max = 32;

    /// <summary>Throws a <see cref="YamlException"/> (which callers already report as invalid YAML) when too deep.</summary>
    public static void Check(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        while (parser.MoveNext())
        {
            if (parser.Current is MappingStart or SequenceStart && ++depth > Max)
            {
                throw new YamlException(parser.Current.Start, parser.Current.End, $"lists and mappings are nested more than {Max} levels deep");
            }
            if (parser.Current is MappingEnd or SequenceEnd)
            {
                depth--;
            }
        }
    }
}
