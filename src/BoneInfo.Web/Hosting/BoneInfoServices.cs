using BoneInfo.Web.Accounts;
using BoneInfo.Web.Articles;
using BoneInfo.Web.Auditing;
using BoneInfo.Web.Backups;
using BoneInfo.Web.Caching;
using BoneInfo.Web.Content;
using BoneInfo.Web.Data;
using BoneInfo.Web.Editing;
using BoneInfo.Web.Genes;
using BoneInfo.Web.Glossary;
using BoneInfo.Web.Health;
using BoneInfo.Web.Hpo;
using BoneInfo.Web.Markdown;
using BoneInfo.Web.PublicApi;
using BoneInfo.Web.Publishing;
using BoneInfo.Web.Search;
using BoneInfo.Web.Site;
using BoneInfo.Web.Syndication;

namespace BoneInfo.Web.Hosting;

/// <summary>Composes the features; each registers its own services.</summary>
public static class BoneInfoServices
{
    public static IServiceCollection AddBoneInfo(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
        {
            // Every page under /admin needs a signed-in Writer (or higher); pages ask for more where they need it.
            options.Conventions.AuthorizeFolder("/Admin", Policies.Writer);
        }).AddMvcOptions(options => options.Filters.Add<StorageFailureFilter>());
        services.AddHttpContextAccessor();
        services.AddSingleton(TimeProvider.System);
        services.AddTransportSecurity();
        services.AddGracefulShutdown();
        return services
            .AddSite()
            .AddDatabase()
            .AddMarkdown()
            .AddArticles()
            .AddHpo()
            .AddGenes()
            .AddSyndication()
            .AddPublicApi()
            .AddAuditing()
            .AddAccounts()
            .AddSearch()
            .AddCaching()
            .AddPublishing()
            .AddContent()
            .AddEditing()
            .AddGlossary()
            .AddHealth()
            .AddBackups();
    }
}
