namespace BoneInfo.Tests.Browser;

/// <summary>Debian's Chromium, which Playwright drives (Playwright's own browser download is not used).</summary>
public static class Chromium
{
    public static string ExecutablePath { get; } =
        Environment.GetEnvironmentVariable("BONEINFO_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static readonly string[] LaunchArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];
}

/// <summary>
/// A browser test. Skipped, with the install command, when Chromium is missing on a developer machine;
/// under CI=true a missing browser is a failure instead.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.IsInstalled && !Chromium.IsCi)
        {
            Skip = $"Chromium not found at {Chromium.ExecutablePath}. Install it with 'sudo apt-get install -y chromium' " +
                   "(or set BONEINFO_CHROMIUM to its path) to run the browser tests.";
        }
    }
}
