using System.Data.Common;
using BoneInfo.Web.Accounts;
using BoneInfo.Web.Data;
using BoneInfo.Web.Markdown;
using BoneInfo.Web.Publishing;
using BoneInfo.Web.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Hosting;

/// <summary>Verbs run instead of the web server, e.g. <c>dotnet run --project src/BoneInfo.Web -- import content</c>.</summary>
public static class CommandLine
{
    public static (ICommand? Command, string[] HostArgs) Parse(string[] args) => args switch
    {
        ["import", var path, .. var rest] => (new ImportCommand(path), rest),
        ["import"] => (new UsageCommand("import needs a folder: import PATH"), []),
        ["reindex", .. var rest] => (new ScopedCommand(async services =>
            $"Search index rebuilt: {await services.GetRequiredService<SearchIndex>().RebuildAsync()} published articles"), rest),
        ["verify", .. var rest] => (new VerifyCommand(), rest),
        ["rerender", .. var rest] => (new ScopedCommand(async services =>
            $"Re-rendered {await services.GetRequiredService<PublishedRendering>().RerenderAllAsync()} published articles (renderer version {MarkdownRenderer.RendererVersion})"), rest),
        ["backup", var path, .. var rest] => (new BackupCommand(path), rest),
        ["restore", var path, .. var rest] => (new RestoreCommand(path), rest),
        ["backup" or "restore"] => (new UsageCommand($"{args[0]} needs a file: {args[0]} PATH"), []),
        ["create-admin", var email, .. var rest] when !email.StartsWith('-') => (new ServicesCommand(new CreateAdminCommand(email).RunAsync), rest),
        ["create-admin", ..] => (new UsageCommand("create-admin needs an email: create-admin EMAIL (password from BONEINFO_ADMIN_PASSWORD or standard input)"), []),
        _ => (null, args),
    };
}

public interface ICommand
{
    /// <summary>False for a command that must find the database as it is (restore): no migration, no import.</summary>
    bool PreparesDatabase => true;

    Task<int> RunAsync(WebApplication app);
}

internal sealed class ImportCommand(string path) : ICommand
{
    public async Task<int> RunAsync(WebApplication app)
    {
        var folder = Path.GetFullPath(path);
        if (!Directory.Exists(folder))
        {
            await Console.Error.WriteLineAsync(
                $"import: folder '{folder}' does not exist. Relative paths start from {Environment.CurrentDirectory} " +
                "(dotnet run starts the app in its project folder); an absolute path such as \"$PWD/content\" avoids surprises.");
            return 2;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var summary = await scope.ServiceProvider.GetRequiredService<ContentImporter>().ImportFolderAsync(folder);
        Console.WriteLine($"Imported {folder}: {summary}");
        foreach (var file in summary.Invalid)
        {
            Console.WriteLine($"  invalid: {file} (see the log line above for the problem)");
        }
        return summary.Invalid.Count == 0 ? 0 : 1;
    }
}

/// <summary>A command that does one step in a service scope and prints what it did (<c>reindex</c>, <c>rerender</c>).</summary>
internal sealed class ScopedCommand(Func<IServiceProvider, Task<string>> run) : ICommand
{
    public async Task<int> RunAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        Console.WriteLine(await run(scope.ServiceProvider));
        return 0;
    }
}

/// <summary><c>verify</c>: the search index agrees with the published articles (exit 0), or the differences (exit 1).</summary>
internal sealed class VerifyCommand : ICommand
{
    /// <summary>The database as it is: preparing it would rebuild an incomplete index and hide what verify looks for.</summary>
    public bool PreparesDatabase => false;

    public async Task<int> RunAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        // Opening a SQLite file that is not there would create an empty one at a mistyped path.
        if (scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>().Database.GetDbConnection() is SqliteConnection { DataSource: var file }
            && !File.Exists(file))
        {
            await Console.Error.WriteLineAsync($"verify: there is no database at {Path.GetFullPath(file)}. Check ConnectionStrings:BoneInfo.");
            return 2;
        }
        IReadOnlyList<string> problems;
        try
        {
            problems = await scope.ServiceProvider.GetRequiredService<SearchIndex>().VerifyAsync();
        }
        catch (DbException ex)
        {
            await Console.Error.WriteLineAsync($"verify: the database cannot be read as a BoneInfo database ({ex.Message}). " +
                "Check ConnectionStrings:BoneInfo; a new database is made by starting the app once.");
            return 2;
        }
        foreach (var problem in problems)
        {
            await Console.Error.WriteLineAsync("verify: " + problem);
        }
        Console.WriteLine(problems.Count == 0 ? "Search index agrees with the published articles." : $"{problems.Count} differences between the search index and the published articles.");
        return problems.Count == 0 ? 0 : 1;
    }
}

/// <summary>A command a feature offers as a function of the app's services, so that the feature need not know this interface.</summary>
internal sealed class ServicesCommand(Func<IServiceProvider, Task<int>> run) : ICommand
{
    public Task<int> RunAsync(WebApplication app) => run(app.Services);
}

internal sealed class UsageCommand(string message) : ICommand
{
    public async Task<int> RunAsync(WebApplication app)
    {
        await Console.Error.WriteLineAsync(message);
        return 2;
    }
}
