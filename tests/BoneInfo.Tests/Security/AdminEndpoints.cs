using System.Text.RegularExpressions;
using BoneInfo.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BoneInfo.Tests.Security;

/// <summary>One /admin endpoint as the running app maps it, and the least role its authorization metadata allows.</summary>
public sealed record AdminEndpoint(string Route, string Path, IReadOnlyList<string> Methods, IReadOnlyList<string> Handlers, UserRole? RequiredRole, string Problem)
{
    public override string ToString() => Route;
}

/// <summary>
/// Every endpoint under /admin, read from the app's EndpointDataSource, so pages added later are swept too.
/// The required role comes from the combined policy of the endpoint's IAuthorizeData (attributes on page models
/// and Razor Pages conventions such as AuthorizeFolder both end up there).
/// </summary>
public static partial class AdminEndpoints
{
    public static async Task<IReadOnlyList<AdminEndpoint>> FindAsync(IServiceProvider services, string slug)
    {
        var policies = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var found = new List<AdminEndpoint>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + endpoint.RoutePattern.RawText?.TrimStart('/');
            if (route != "/admin" && !route.StartsWith("/admin/", StringComparison.Ordinal))
            {
                continue;
            }
            var (role, problem) = await RequiredRoleAsync(endpoint, policies);
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.ToList() ?? ["GET", "POST"];
            var handlers = endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>()?.HandlerMethods
                .Select(h => h.Name).OfType<string>().Distinct().ToList() ?? [];
            found.Add(new AdminEndpoint(route, Fill(route, slug), methods, handlers, role, problem));
        }
        return found.OrderBy(e => e.Route, StringComparer.Ordinal).ToList();
    }

    private static async Task<(UserRole? Role, string Problem)> RequiredRoleAsync(Endpoint endpoint, IAuthorizationPolicyProvider policies)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return (null, "allows anonymous access");
        }
        var policy = await AuthorizationPolicy.CombineAsync(policies, endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(), endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>());
        if (policy is null)
        {
            return (null, "has no authorization metadata");
        }
        var role = UserRole.Writer;
        foreach (var requirement in policy.Requirements)
        {
            switch (requirement)
            {
                case DenyAnonymousAuthorizationRequirement:
                    break;
                case RolesAuthorizationRequirement roles:
                    var least = roles.AllowedRoles.Select(Enum.Parse<UserRole>).Min();
                    role = least > role ? least : role;
                    break;
                default:
                    return (null, $"has a requirement the sweep does not understand ({requirement.GetType().Name}); teach AdminEndpoints about it");
            }
        }
        return (role, "");
    }

    /// <summary>A concrete path for a route template: ids become 1 (the first user, the first article), slugs a real slug.</summary>
    private static string Fill(string route, string slug) => Parameter().Replace(route, m =>
    {
        var (name, constraints) = (m.Groups["name"].Value, m.Groups["rest"].Value);
        return constraints.Contains("int", StringComparison.Ordinal) || constraints.Contains("long", StringComparison.Ordinal) ? "1"
            : constraints.Contains("guid", StringComparison.Ordinal) ? Guid.Empty.ToString()
            : name.Contains("slug", StringComparison.OrdinalIgnoreCase) ? slug
            : "x";
    });

    [GeneratedRegex(@"\{\**(?<name>[A-Za-z0-9_]+)(?<rest>[^}]*)\}")]
    private static partial Regex Parameter();
}
