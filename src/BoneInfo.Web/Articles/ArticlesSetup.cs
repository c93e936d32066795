namespace BoneInfo.Web.Articles;

public static class ArticlesSetup
{
    public static IServiceCollection AddArticles(this IServiceCollection services) => services
        .AddScoped<IArticleRepository, ArticleRepository>()
        .AddScoped<RevisionWriter>();
}
