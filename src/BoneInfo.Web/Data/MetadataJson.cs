using System.Text.Json;
using BoneInfo.Web.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BoneInfo.Web.Data;

internal static class MetadataJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(ArticleMetadata metadata) => JsonSerializer.Serialize(metadata, Options);

    public static ArticleMetadata Deserialize(string json) =>
        JsonSerializer.Deserialize<ArticleMetadata>(json, Options) ?? new ArticleMetadata();

    /// <summary>Maps an <see cref="ArticleMetadata"/> property to a JSON text column named MetadataJson.</summary>
    public static PropertyBuilder<ArticleMetadata> HasMetadataJsonConversion(this PropertyBuilder<ArticleMetadata> property) =>
        property
            .HasColumnName("MetadataJson")
            .HasConversion(
                m => Serialize(m),
                s => Deserialize(s),
                new ValueComparer<ArticleMetadata>(
                    (a, b) => Serialize(a!) == Serialize(b!),
                    m => Serialize(m).GetHashCode(StringComparison.Ordinal),
                    m => Deserialize(Serialize(m))))
            .IsRequired();
}
