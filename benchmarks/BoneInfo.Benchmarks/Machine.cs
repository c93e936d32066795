using System.Globalization;
using System.Runtime.InteropServices;

namespace BoneInfo.Benchmarks;

/// <summary>What the numbers were measured on, read from /proc and the runtime.</summary>
public sealed record Machine(string Cpu, int Cores, string Memory, string OperatingSystem, string DotNet, string Sqlite)
{
    public static Machine Describe() => new(
        ProcValue("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        Environment.ProcessorCount,
        MemTotal(),
        OsRelease() ?? RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        LibraryDatabase.SqliteVersion());

    private static string MemTotal()
    {
        var kb = ProcValue("/proc/meminfo", "MemTotal")?.Split(' ')[0];
        return long.TryParse(kb, CultureInfo.InvariantCulture, out var value)
            ? string.Create(CultureInfo.InvariantCulture, $"{value / 1024.0 / 1024.0:0.0} GiB")
            : "unknown";
    }

    private static string? OsRelease() =>
        File.Exists("/etc/os-release") && File.Exists("/proc/sys/kernel/osrelease")
            ? File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?[12..].Trim('"')
              + $", Linux {File.ReadAllText("/proc/sys/kernel/osrelease").Trim()}"
            : null;

    private static string? ProcValue(string file, string key) =>
        File.Exists(file)
            ? File.ReadLines(file).Where(l => l.StartsWith(key, StringComparison.Ordinal))
                .Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()).FirstOrDefault()
            : null;
}
