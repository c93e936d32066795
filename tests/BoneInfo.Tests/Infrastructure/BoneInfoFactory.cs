using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using BoneInfo.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BoneInfo.Tests.Infrastructure;

/// <summary>
/// BoneInfo over real HTTP (in-process) on its own temp SQLite file, importing a chosen content folder.
/// Runs as Production, so error pages are the ones the public sees.
/// </summary>
public class BoneInfoFactory : WebApplicationFactory<Program>
{
    private readonly TempFolder _folder = new();

    /// <summary>The configured public address (<c>Site:BaseUrl</c>): canonical links, sitemap and feed start with it.</summary>
    public const string BaseUrl = "https://boneinfo.test";

    public BoneInfoFactory(string contentPath, DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        ContentPath = contentPath;
        Provider = provider;
        DatabasePath = _folder.File("boneinfo.db");
    }

    public string ContentPath { get; }
    public DatabaseProvider Provider { get; }

    /// <summary>The SQLite file; set before the host starts to put this app on another app's file (a second start on one database).</summary>
    public string DatabasePath { get; set; }

    /// <summary>Set before the host starts to put this app on an existing PostgreSQL database (a second web node).</summary>
    public string? PostgreSqlConnectionString { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        if (Provider == DatabaseProvider.PostgreSql)
        {
            PostgreSqlConnectionString ??= PostgreSqlServer.CreateDatabaseAsync().GetAwaiter().GetResult();
            builder.UseSetting("Database:Provider", "PostgreSQL");
            builder.UseSetting("ConnectionStrings:BoneInfo", PostgreSqlConnectionString);
            builder.UseSetting("Search:IndexPath", _folder.File("search-index.db"));
        }
        else
        {
            builder.UseSetting("ConnectionStrings:BoneInfo", $"Data Source={DatabasePath}");
        }
        builder.UseSetting("Content:Path", ContentPath);
        builder.UseSetting("Site:BaseUrl", BaseUrl);
        // Every in-process client shares one rate-limit partition; RateLimitTests and SignInHardeningTests set small limits.
        builder.UseSetting("Search:RateLimit:PermitLimit", "1000000");
        builder.UseSetting("Accounts:SignInRateLimit:PermitLimit", "1000000");
    }

    /// <summary>
    /// A client that behaves like a browser on the deployed site: https (the session cookie is Secure outside
    /// Development), cookies kept, redirects reported rather than followed.
    /// </summary>
    public HttpClient CreateBrowserClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    /// <summary>An https client whose cookies are the jar's, so a test can copy, plant or replay them.</summary>
    public HttpClient CreateJarClient(CookieJar jar) => CreateDefaultClient(new Uri("https://localhost"), new CookieJarHandler(jar));

    /// <summary>Serves on real Kestrel on a free port (instead of the in-memory test server); returns its address.</summary>
    public Uri StartOnKestrel()
    {
        UseKestrel(0);
        StartServer();
        return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetPageAsync(string path)
    {
        using var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        return (response, new HtmlParser().ParseDocument(html));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _folder.Dispose();
        }
    }
}

/// <summary>The app importing the real articles in content/.</summary>
public sealed class RealContentFactory() : BoneInfoFactory(RepoPaths.Content);

/// <summary>The app importing the small, fixed articles in tests/BoneInfo.Tests/TestContent.</summary>
public sealed class TestContentFactory() : BoneInfoFactory(RepoPaths.TestContent);

/// <summary>The same on PostgreSQL: its own new database on the test server, the search index in a local file.</summary>
public sealed class PostgreSqlTestContentFactory() : BoneInfoFactory(RepoPaths.TestContent, DatabaseProvider.PostgreSql);
