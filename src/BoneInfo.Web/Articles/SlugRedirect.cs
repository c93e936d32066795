namespace BoneInfo.Web.Articles;

/// <summary>A slug an article used to have: /conditions/{OldSlug} answers 301 to the current slug.</summary>
public sealed class SlugRedirect
{
    public int Id { get; set; }
    public string OldSlug { get; set; } = "";
    public int ArticleId { get; set; }
    public DateTime CreatedAt { get; set; }
}
