using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Accounts;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BoneInfo.Tests.Browser;

/// <summary>One Chromium for all browser tests, and BoneInfo on real Kestrel (a free port) for it to visit.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private readonly Dictionary<string, BoneInfoFactory> _apps = [];

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled && !Chromium.IsCi)
        {
            return; // Every browser test is skipped; see BrowserFactAttribute.
        }
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium.ExecutablePath, Args = Chromium.LaunchArgs });
    }

    /// <summary>The base URL of a BoneInfo serving the given content folder, started on first use.</summary>
    public string ServerFor(string contentPath) =>
        AppFor(contentPath).Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    /// <summary>The BoneInfo serving the given content folder on Kestrel (started on first use), e.g. to reach its database.</summary>
    public BoneInfoFactory AppFor(string contentPath)
    {
        lock (_apps)
        {
            if (!_apps.TryGetValue(contentPath, out var app))
            {
                app = new BoneInfoFactory(contentPath);
                app.UseKestrel(0);
                app.StartServer();
                _apps[contentPath] = app;
            }
            return app;
        }
    }

    /// <summary>A new account with the given role on that server (password <see cref="TestUsers.Password"/>); returns its email.</summary>
    public async Task<string> NewUserAsync(string contentPath, UserRole role)
    {
        var email = $"{role}-{Guid.NewGuid():N}@boneinfo.test".ToLowerInvariant();
        await TestUsers.AddAsync(AppFor(contentPath), email, role);
        return email;
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, bool javaScript = true)
    {
        var browser = _browser ?? throw new InvalidOperationException($"Chromium is not available at {Chromium.ExecutablePath}.");
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, JavaScriptEnabled = javaScript });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var app in _apps.Values)
        {
            await app.DisposeAsync();
        }
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
