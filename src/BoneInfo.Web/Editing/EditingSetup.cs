using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BoneInfo.Web.Editing;

public static class EditingSetup
{
    /// <summary>The editor's pages and services (the workflow services themselves are registered with the app's).</summary>
    public static IServiceCollection AddBoneInfoEditor(this IServiceCollection services)
    {
        services.AddScoped<ArticleEditor>();
        services.AddScoped<AutosaveStore>();
        services.AddScoped<ArticleList>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, EditRecovery>();
        // One page edits existing articles (/admin/articles/{id}/edit) and writes new ones.
        services.Configure<RazorPagesOptions>(options => options.Conventions.AddPageRoute("/Admin/Articles/Edit", EditorRoutes.New.TrimStart('/')));
        return services;
    }
}
