using BoneInfo.Web.Articles;
using BoneInfo.Web.Content;
using BoneInfo.Web.Data;
using BoneInfo.Web.Glossary;
using BoneInfo.Web.Health;
using BoneInfo.Web.Markdown;
using BoneInfo.Web.Search;

namespace BoneInfo.Web.Hosting;

public static class BoneInfoServices
{
    public static IServiceCollection AddBoneInfo(this IServiceCollection services)
    {
        services.AddRazorPages();
        services.AddBoneInfoDatabase();
        services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.Section);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<IArticleRepository, ArticleRepository>();
        services.AddScoped<ContentImporter>();
        services.AddSingleton<GlossarySource>();
        services.AddBoneInfoSearch();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }
}
