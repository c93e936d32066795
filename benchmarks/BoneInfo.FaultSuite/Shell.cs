using System.Diagnostics;

namespace BoneInfo.FaultSuite;

/// <summary>Runs a system program (mkfs, mount, dotnet publish) and returns its exit code and output.</summary>
public static class Shell
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, ((await output) + (await errors)).Trim());
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, $"{program}: {ex.Message}");
        }
    }

    /// <summary>Runs the program and throws with its output if it fails.</summary>
    public static async Task<string> RequireAsync(string program, params string[] args)
    {
        var (exitCode, output) = await RunAsync(program, args);
        return exitCode == 0 ? output : throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({exitCode}): {output}");
    }

    public static bool IsRoot => Environment.UserName == "root";
}
