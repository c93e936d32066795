using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BoneInfo.Web.Editing;

public static class EditingSetup
{
    /// <summary>The workflow (save, submit, publish, schedule), the editor's form and autosave, and its page route.</summary>
    public static IServiceCollection AddEditing(this IServiceCollection services)
    {
        services.AddScoped<EditorialService>();
        services.AddScoped<Publisher>();
        services.AddHostedService<ScheduledPublishing>();
        services.AddScoped<ArticleEditor>();
        services.AddScoped<AutosaveStore>();
        services.AddScoped<EditorialQueries>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, EditRecovery>();
        // One page edits existing articles (/admin/articles/{id}/edit) and writes new ones.
        services.Configure<RazorPagesOptions>(options => options.Conventions.AddPageRoute("/Admin/Articles/Edit", EditorRoutes.New.TrimStart('/')));
        return services;
    }
}
