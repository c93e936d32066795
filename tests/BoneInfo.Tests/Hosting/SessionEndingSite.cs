using System.Data.Common;
using BoneInfo.Tests.Editing;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace BoneInfo.Tests.Hosting;

/// <summary>
/// The editor site on PostgreSQL, where the server can be made to end the app's sessions in the middle of a
/// request: after the sign-in check's read and before the page's first read of its own, as an administrator or a
/// failover would at an unlucky moment. The sessions are really ended (<c>pg_terminate_backend</c>).
/// </summary>
public sealed class SessionEndingSite() : EditorSite(new SessionEndingApp())
{
    private SessionEnder Ender => ((SessionEndingApp)App).Ender;

    public void EndSessionsAtTheNextPageRead() => Ender.Armed = true;

    public bool StillToEndSessions => Ender.Armed;

    private sealed class SessionEndingApp() : BoneInfoFactory(RepoPaths.TestContent, DatabaseProvider.PostgreSql)
    {
        public SessionEnder Ender { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            Ender.ConnectionString = PostgreSqlConnectionString;
            builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Ender));
        }
    }

    private sealed class SessionEnder : DbCommandInterceptor
    {
        public volatile bool Armed;

        public string? ConnectionString { get; set; }

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (Armed && !command.CommandText.Contains("\"UserSessions\"", StringComparison.Ordinal))
            {
                Armed = false;
                await PostgreSqlServer.AdministerAsync(ConnectionString, PostgreSqlServer.EndSessionsSql);
                await GoneAsync();
            }
            return result;
        }

        /// <summary>Waits until the server has closed every session it was told to end, so the read meets a closed one.</summary>
        private async Task GoneAsync()
        {
            const string Left = "SELECT count(*) FROM pg_stat_activity WHERE datname = '{database}' AND pid <> pg_backend_pid()";
            for (var i = 0; i < 100 && (long)(await PostgreSqlServer.AdministerAsync(ConnectionString, Left))! > 0; i++)
            {
                await Task.Delay(20);
            }
        }
    }
}
