using BoneInfo.Web.Accounts;
using BoneInfo.Web.Articles;
using BoneInfo.Web.Auditing;
using BoneInfo.Web.Content;
using BoneInfo.Web.Data;
using BoneInfo.Web.Editing;
using BoneInfo.Web.Glossary;
using BoneInfo.Web.Health;
using BoneInfo.Web.Markdown;
using BoneInfo.Web.Search;

namespace BoneInfo.Web.Hosting;

public static class BoneInfoServices
{
    public static IServiceCollection AddBoneInfo(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
        {
            // Every page under /admin needs a signed-in Writer (or higher); pages ask for more where they need it.
            options.Conventions.AuthorizeFolder("/Admin", Policies.Writer);
        });
        services.AddHttpContextAccessor();
        services.AddBoneInfoAccounts();
        services.AddScoped<AuditLog>();
        services.AddScoped<AuditQuery>();
        services.AddScoped<EditorialService>();
        services.AddScoped<Publisher>();
        services.AddHostedService<ScheduledPublishing>();
        services.AddBoneInfoEditor();
        services.AddBoneInfoDatabase();
        services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.Section);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<IArticleRepository, ArticleRepository>();
        services.AddScoped<ContentImporter>();
        services.AddScoped<PublishedContent>();
        services.AddSingleton<GlossarySource>();
        services.AddBoneInfoSearch();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }
}
