using BoneInfo.Web.Articles;

namespace BoneInfo.Tests.Infrastructure;

public static class ArticleTestExtensions
{
    /// <summary>Changes an article's stored content behind the editor's back, as an edit made in the app would leave it.</summary>
    public static void Edit(this Article article, ArticleContent content, DateTime now) => article.Apply(content, now);
}
