using BoneInfo.Web.Articles;

namespace BoneInfo.Web.Search;

public sealed record SearchResponse(string Query, string? CorrectedQuery, IReadOnlyList<SearchHit> Results)
{
    public static SearchResponse Empty(string query) => new(query, null, []);
}

/// <summary>One ranked article and why it matched.</summary>
public sealed record SearchHit(
    string Slug,
    string Title,
    ArticleKind Kind,
    string Summary,
    string SnippetHtml,
    double Score,
    IReadOnlyList<MatchedFinding> Matched,
    IReadOnlyList<Distinction> TellApart);

/// <summary>A feature common in this condition but rare or not listed in a close rival: a way to tell them apart.</summary>
public sealed record Distinction(string Feature, string Frequency, string OtherTitle, string? OtherFrequency);
