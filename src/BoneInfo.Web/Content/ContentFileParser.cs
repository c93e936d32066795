using BoneInfo.Web.Articles;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace BoneInfo.Web.Content;

/// <summary>Turns the text of a content file into an <see cref="ArticleContent"/>, or says exactly what is wrong.</summary>
public static class ContentFileParser
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    public static ParseResult Parse(string text, string expectedSlug)
    {
        var split = SplitFrontMatter(text);
        if (split.Error is not null)
        {
            return ParseResult.Failure(split.Error);
        }

        FrontMatter? frontMatter;
        try
        {
            YamlDepth.Check(split.Yaml);
            frontMatter = Yaml.Deserialize<FrontMatter>(split.Yaml);
        }
        catch (YamlException ex)
        {
            var inner = ex.InnerException?.Message is { } detail ? $" ({detail})" : "";
            return ParseResult.Failure($"front matter is not valid YAML at line {ex.Start.Line + 1}: {ex.Message}{inner}");
        }
        if (frontMatter is null)
        {
            return ParseResult.Failure("front matter is empty");
        }
        return FrontMatterMapper.Map(frontMatter, split.Body, expectedSlug);
    }

    private static (string Yaml, string Body, string? Error) SplitFrontMatter(string text)
    {
        var normalized = text.ReplaceLineEndings("\n").TrimStart('\uFEFF');
        if (!normalized.StartsWith("---\n", StringComparison.Ordinal))
        {
            return ("", "", "no front matter: the file must start with a line '---'");
        }
        var end = normalized.IndexOf("\n---", 3, StringComparison.Ordinal);
        while (end >= 0 && end + 4 < normalized.Length && normalized[end + 4] != '\n')
        {
            end = normalized.IndexOf("\n---", end + 4, StringComparison.Ordinal);
        }
        if (end < 0)
        {
            return ("", "", "front matter is not closed: add a line '---' after it");
        }
        var yaml = normalized[4..(end + 1)];
        var bodyStart = Math.Min(normalized.Length, end + 5);
        return (yaml, normalized[bodyStart..].Trim('\n'), null);
    }
}

public sealed record ParseResult(ArticleContent? Content, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Content is not null;

    public static ParseResult Failure(params string[] errors) => new(null, errors);
}
