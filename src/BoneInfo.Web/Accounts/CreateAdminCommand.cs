using System.Text;

namespace BoneInfo.Web.Accounts;

/// <summary>
/// <c>create-admin EMAIL</c>: makes the first (or another) Admin. The password comes from the environment variable
/// BONEINFO_ADMIN_PASSWORD if set, otherwise from standard input, so it never appears on a command line.
/// </summary>
internal sealed class CreateAdminCommand(string email)
{
    public const string PasswordVariable = "BONEINFO_ADMIN_PASSWORD";

    public async Task<int> RunAsync(IServiceProvider services)
    {
        var password = Environment.GetEnvironmentVariable(PasswordVariable) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : ReadPassword();
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        var displayName = email.Split('@')[0].Trim();
        var result = await accounts.CreateAsync(new NewUser(email, displayName.Length > 0 ? displayName : email, UserRole.Admin, password ?? ""), via: "by the create-admin command");
        if (!result.Succeeded)
        {
            foreach (var problem in result.Problems.Values)
            {
                await Console.Error.WriteLineAsync($"create-admin: {problem}");
            }
            return 1;
        }
        Console.WriteLine($"Created admin {SignInService.Normalize(email)}. Sign in at /account/signin.");
        return 0;
    }

    /// <summary>One line from standard input; typed at a terminal, it is read without echo.</summary>
    private static string? ReadPassword()
    {
        if (Console.IsInputRedirected)
        {
            return Console.In.ReadLine();
        }
        Console.Error.Write($"Password (at least {UserRules.MinPasswordLength} characters): ");
        var typed = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && typed.Length > 0)
            {
                typed.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }
        Console.Error.WriteLine();
        return typed.ToString();
    }
}
