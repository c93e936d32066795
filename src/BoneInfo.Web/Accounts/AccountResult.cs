namespace BoneInfo.Web.Accounts;

/// <summary>The outcome of a change to an account: nothing wrong, no such user, or problems keyed by form field.</summary>
public sealed record AccountResult(IReadOnlyDictionary<string, string> Problems, bool NotFound = false)
{
    public static AccountResult Ok { get; } = new(new Dictionary<string, string>());

    public static AccountResult Missing { get; } = new(new Dictionary<string, string> { [""] = "There is no such user." }, NotFound: true);

    public bool Succeeded => Problems.Count == 0;

    public static AccountResult Problem(string field, string message) => new(new Dictionary<string, string> { [field] = message });
}

/// <summary>What the users page and the create-admin command ask for.</summary>
public sealed record NewUser(string Email, string DisplayName, UserRole Role, string Password);
