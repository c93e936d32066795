using System.Security.Claims;

namespace BoneInfo.Web.Accounts;

/// <summary>Authorization policies. Roles nest: an Admin is also a Reviewer, a Reviewer also a Writer.</summary>
public static class Policies
{
    public const string Writer = "Writer";
    public const string Reviewer = "Reviewer";
    public const string Admin = "Admin";

    public static int? UserId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static string DisplayName(this ClaimsPrincipal user) => user.Identity?.Name ?? "";

    public static string? Email(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Email);

    public static UserRole? Role(this ClaimsPrincipal user) =>
        Enum.TryParse<UserRole>(user.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;

    public static bool IsAtLeast(this ClaimsPrincipal user, UserRole role) => user.Role() is { } actual && actual >= role;
}
