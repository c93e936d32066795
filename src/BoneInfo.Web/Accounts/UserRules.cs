using System.ComponentModel.DataAnnotations;

namespace BoneInfo.Web.Accounts;

/// <summary>What a valid account looks like. Shared by the users page and the create-admin command.</summary>
public static class UserRules
{
    public const int MinPasswordLength = 12;
    public const int MaxPasswordLength = 200;
    public const int MaxEmailLength = 254;
    public const int MaxDisplayNameLength = 200;

    public static string? PasswordProblem(string? password) => password switch
    {
        null or "" => "Enter a password.",
        { Length: < MinPasswordLength } => $"The password must be at least {MinPasswordLength} characters long.",
        { Length: > MaxPasswordLength } => $"The password may be at most {MaxPasswordLength} characters long.",
        _ => null,
    };

    public static string? EmailProblem(string? email)
    {
        var trimmed = email?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return "Enter an email address.";
        }
        if (trimmed.Length > MaxEmailLength || !new EmailAddressAttribute().IsValid(trimmed) || trimmed.Contains(' ', StringComparison.Ordinal))
        {
            return "Enter a valid email address, like name@example.org.";
        }
        return null;
    }

    public static string? DisplayNameProblem(string? name) => name?.Trim() switch
    {
        null or "" => "Enter the person's name.",
        { Length: > MaxDisplayNameLength } => $"The name may be at most {MaxDisplayNameLength} characters long.",
        _ => null,
    };
}
