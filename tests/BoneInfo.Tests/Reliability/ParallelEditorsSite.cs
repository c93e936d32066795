using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Accounts;
using BoneInfo.Web.Data;
using Microsoft.Extensions.DependencyInjection;

namespace BoneInfo.Tests.Reliability;

/// <summary>
/// BoneInfo on real Kestrel (a free port) over one database of either provider, with four writers and four reviewers,
/// each of whom signs in with their own cookies.
/// </summary>
public class ParallelEditorsSite : IAsyncLifetime, IDisposable
{
    public static readonly string[] Writers = [.. Enumerable.Range(1, 4).Select(i => $"writer{i}@boneinfo.test")];
    public static readonly string[] Reviewers = [.. Enumerable.Range(1, 4).Select(i => $"reviewer{i}@boneinfo.test")];

    private BoneInfoFactory? _app;

    public ParallelEditorsSite() : this(DatabaseProvider.Sqlite)
    {
    }

    protected ParallelEditorsSite(DatabaseProvider provider) => Provider = provider;

    public DatabaseProvider Provider { get; }

    public Uri Address { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (Provider == DatabaseProvider.PostgreSql && PostgreSqlServer.SkipReason is not null)
        {
            return;
        }
        _app = new BoneInfoFactory(RepoPaths.TestContent, Provider);
        Address = _app.StartOnKestrel();
        foreach (var email in Writers.Concat(Reviewers))
        {
            await TestUsers.AddAsync(_app, email, Writers.Contains(email) ? UserRole.Writer : UserRole.Reviewer);
        }
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    public void Dispose()
    {
        _app?.Dispose();
        GC.SuppressFinalize(this);
    }

    public async Task<EditorSession> SessionAsync(string email, Ledger ledger) =>
        new(email, await TestUsers.SignedInClientAsync(Address, email), ledger);

    /// <summary>A new article, written by <paramref name="writer"/>; returns its id.</summary>
    public async Task<int> NewArticleAsync(string writer, string slug) =>
        await Editing.EditorSite.NewArticleAsync(await TestUsers.SignedInClientAsync(Address, writer), slug);

    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> query)
    {
        await using var scope = _app!.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider);
    }

    public Task<T> WithDbAsync<T>(Func<BoneInfoDbContext, Task<T>> query) =>
        WithServicesAsync(services => query(services.GetRequiredService<BoneInfoDbContext>()));
}

public sealed class PostgreSqlParallelEditorsSite() : ParallelEditorsSite(DatabaseProvider.PostgreSql);
