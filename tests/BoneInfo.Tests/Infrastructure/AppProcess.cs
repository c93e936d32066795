using System.Diagnostics;

namespace BoneInfo.Tests.Infrastructure;

/// <summary>Runs the built app as a separate process, the way an operator runs its command-line verbs.</summary>
public static class AppProcess
{
    public sealed record Outcome(int ExitCode, string Output, string Errors);

    public static async Task<Outcome> RunAsync(string databasePath, IReadOnlyDictionary<string, string?> environment, string? input, params string[] args)
    {
        using var process = Process.Start(StartInfo(databasePath, environment, args))!;
        if (input is not null)
        {
            await process.StandardInput.WriteLineAsync(input);
        }
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return new Outcome(process.ExitCode, await output, await errors);
    }

    /// <summary>
    /// The app runs outside its own folder, without its appsettings.json: these settings send its own log lines
    /// (start-up stages, what was imported, when it listens) and every warning and error to the console, where a test
    /// waits for them. Copy them into a test's environment (<c>new(AppProcess.ConsoleLog) { ... }</c>).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string?> ConsoleLog = new Dictionary<string, string?>
    {
        ["Serilog__Using__0"] = "Serilog.Sinks.Console",
        ["Serilog__WriteTo__0__Name"] = "Console",
        ["Serilog__MinimumLevel__Default"] = "Warning",
        ["Serilog__MinimumLevel__Override__BoneInfo"] = "Information",
        ["Serilog__MinimumLevel__Override__Microsoft.Hosting.Lifetime"] = "Information",
    };

    /// <summary>
    /// <c>dotnet BoneInfo.Web.dll ARGS</c> on the SQLite file <paramref name="databasePath"/> (its folder is the working
    /// directory) as Production, with <paramref name="environment"/> on top.
    /// </summary>
    public static ProcessStartInfo StartInfo(string databasePath, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(databasePath)!,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "BoneInfo.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["ConnectionStrings__BoneInfo"] = $"Data Source={databasePath}";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        return start;
    }
}
