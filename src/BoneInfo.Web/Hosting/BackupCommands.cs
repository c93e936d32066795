using BoneInfo.Web.Backups;
using BoneInfo.Web.Data;
using Microsoft.Data.Sqlite;

namespace BoneInfo.Web.Hosting;

/// <summary><c>backup PATH</c>: a consistent copy while the site may be running elsewhere on the same file.</summary>
internal sealed class BackupCommand(string path) : ICommand
{
    public async Task<int> RunAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<DatabaseBackup>().BackupAsync(path);
        await (result.Succeeded ? Console.Out : Console.Error).WriteLineAsync(result.Message);
        return result.Succeeded ? 0 : 1;
    }
}

/// <summary><c>restore PATH</c> (app stopped): checks the backup, keeps the current file, puts the backup in place.</summary>
internal sealed class RestoreCommand(string path) : ICommand
{
    public bool PreparesDatabase => false;

    public async Task<int> RunAsync(WebApplication app)
    {
        var connectionString = DatabaseSetup.ResolveConnectionString(
            app.Configuration.GetConnectionString(DatabaseSetup.ConnectionStringName) ?? DatabaseSetup.DefaultConnectionString,
            app.Environment.ContentRootPath);
        var database = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var result = await DatabaseRestore.RestoreAsync(path, database, TimeProvider.System);
        await (result.Succeeded ? Console.Out : Console.Error).WriteLineAsync(result.Message);
        return result.Succeeded ? 0 : 1;
    }
}
