using BoneInfo.Web.Auditing;
using BoneInfo.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Accounts;

/// <summary>
/// Creates and changes accounts. Every change of role, password or active state gives the user a new security
/// stamp and deletes their sessions, so <see cref="SessionValidator"/> refuses their cookies on every node, and
/// every change is audited.
/// </summary>
public sealed class UserAdministration(BoneInfoDbContext db, IPasswordHasher<User> hasher, SessionStore sessions, AuditLog audit, TimeProvider clock)
{
    public const string StaleMessage = "Someone changed this user at the same time. Reload the page and try again.";

    /// <summary>Every account, by email, for the users page.</summary>
    public async Task<IReadOnlyList<User>> ListAsync() => await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync();

    public Task<User?> FindAsync(int id) => db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id);

    /// <param name="request">The new account.</param>
    /// <param name="via">How it was made when nobody is signed in, for the audit log (e.g. the create-admin command).</param>
    public async Task<AccountResult> CreateAsync(NewUser request, string? via = null)
    {
        var problems = new Dictionary<string, string>();
        AddIf(problems, nameof(NewUser.Email), UserRules.EmailProblem(request.Email));
        AddIf(problems, nameof(NewUser.DisplayName), UserRules.DisplayNameProblem(request.DisplayName));
        AddIf(problems, nameof(NewUser.Role), Enum.IsDefined(request.Role) ? null : "Choose Writer, Reviewer or Admin.");
        AddIf(problems, nameof(NewUser.Password), UserRules.PasswordProblem(request.Password));
        var email = SignInService.Normalize(request.Email ?? "");
        if (problems.Count == 0 && await db.Users.AnyAsync(u => u.Email == email))
        {
            problems[nameof(NewUser.Email)] = $"There is already an account for {email}.";
        }
        if (problems.Count > 0)
        {
            return new AccountResult(problems);
        }
        var user = new User { Email = email, DisplayName = request.DisplayName.Trim(), Role = request.Role, CreatedAt = clock.GetUtcNow().UtcDateTime };
        user.PasswordHash = hasher.HashPassword(user, request.Password);
        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            return AccountResult.Problem(nameof(NewUser.Email), $"There is already an account for {email}.");
        }
        await audit.RecordAsync(AuditActions.UserCreated, user.Email, $"{user.DisplayName}, role {user.Role}{(via is null ? "" : ", " + via)}");
        return AccountResult.Ok;
    }

    public Task<AccountResult> ChangeRoleAsync(int actorId, int userId, UserRole role) =>
        ChangeAsync(userId, "Role", user =>
        {
            if (!Enum.IsDefined(role))
            {
                return Refuse("Choose Writer, Reviewer or Admin.");
            }
            if (user.Id == actorId && role < user.Role)
            {
                return Refuse("You cannot lower your own role. Ask another admin to do it.");
            }
            var detail = $"role {user.Role} → {role}";
            user.Role = role;
            return Done(detail);
        });

    public Task<AccountResult> SetActiveAsync(int actorId, int userId, bool active) =>
        ChangeAsync(userId, "Active", user =>
        {
            if (user.Id == actorId && !active)
            {
                return Refuse("You cannot deactivate your own account. Ask another admin to do it.");
            }
            user.IsActive = active;
            return Done(active ? "reactivated" : "deactivated");
        });

    /// <summary>Sets a new password and lifts any lockout.</summary>
    public Task<AccountResult> ResetPasswordAsync(int userId, string password) =>
        ChangeAsync(userId, "Password", user =>
        {
            if (UserRules.PasswordProblem(password) is { } problem)
            {
                return Refuse(problem);
            }
            user.PasswordHash = hasher.HashPassword(user, password);
            user.FailedSignIns = 0;
            user.FirstFailedSignInAt = null;
            user.LockedUntil = null;
            return Done("password reset");
        });

    private readonly record struct Change(string? Problem, string Detail);

    private static Change Refuse(string problem) => new(problem, "");

    private static Change Done(string detail) => new(null, detail);

    /// <summary>Loads the user, applies the change, gives them a new security stamp, saves and audits.</summary>
    private async Task<AccountResult> ChangeAsync(int userId, string field, Func<User, Change> change)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId);
        if (user is null)
        {
            return AccountResult.Missing;
        }
        var (problem, detail) = change(user);
        if (problem is not null)
        {
            return AccountResult.Problem(field, problem);
        }
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return AccountResult.Problem(field, StaleMessage);
        }
        await sessions.EndAllAsync(user.Id);
        await audit.RecordAsync(AuditActions.UserChanged, user.Email, detail);
        return AccountResult.Ok;
    }

    private static void AddIf(Dictionary<string, string> problems, string field, string? problem)
    {
        if (problem is not null)
        {
            problems[field] = problem;
        }
    }
}
