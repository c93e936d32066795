using System.Text.Json;
using BoneInfo.Web.Articles;

namespace BoneInfo.Web.Data;

internal static class MetadataJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(ArticleMetadata metadata) => JsonSerializer.Serialize(metadata, Options);

    public static ArticleMetadata Deserialize(string json) =>
        JsonSerializer.Deserialize<ArticleMetadata>(json, Options) ?? new ArticleMetadata();
}
