using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace BoneInfo.Web.Articles;

/// <summary>A stable hash of an article's content, used to tell "never edited in the app" from "edited".</summary>
public static class ArticleFingerprint
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string Of(ArticleContent content)
    {
        var json = JsonSerializer.Serialize(content with { Body = content.Body.ReplaceLineEndings("\n") }, Options);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
    }
}
