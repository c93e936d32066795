using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Accounts;
using BoneInfo.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoneInfo.Tests.Security;

/// <summary>One app with a Writer, a Reviewer and an Admin signed in, and the /admin endpoints it maps.</summary>
public sealed class AdminSweepFixture : IAsyncLifetime
{
    public TestContentFactory App { get; } = new();
    public IReadOnlyList<AdminEndpoint> Endpoints { get; private set; } = [];
    public Dictionary<UserRole, HttpClient> Clients { get; } = [];

    public async Task InitializeAsync()
    {
        foreach (var role in Enum.GetValues<UserRole>())
        {
            var email = $"{role.ToString().ToLowerInvariant()}@boneinfo.test";
            await TestUsers.AddAsync(App, email, role);
            Clients[role] = await TestUsers.SignedInClientAsync(App, email);
        }
        Endpoints = await AdminEndpoints.FindAsync(App.Services, "sample-condition");
    }

    /// <summary>What a refused request must not have changed: every user's role, state and stamp, every article's version.</summary>
    public async Task<string> SnapshotAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>();
        var users = await db.Users.OrderBy(u => u.Id).Select(u => $"{u.Email}:{u.Role}:{u.IsActive}:{u.SecurityStamp}:{u.PasswordHash}").ToListAsync();
        var articles = await db.Articles.OrderBy(a => a.Id).Select(a => $"{a.Slug}:{a.Version}:{a.Status}").ToListAsync();
        return string.Join("\n", users.Concat(articles).Append($"users:{users.Count}"));
    }

    public Task DisposeAsync() => App.DisposeAsync().AsTask();
}
