using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BoneInfo.FaultSuite;

/// <summary>
/// The app as a child process on Kestrel at a fixed loopback port, started, killed with SIGKILL and started again
/// over the same database. Its output goes to one log file across all its lives.
/// </summary>
public sealed class AppInstance(string appFolder, IReadOnlyDictionary<string, string> environment, string logPath) : IDisposable
{
    private static readonly TimeSpan HealthPoll = TimeSpan.FromMilliseconds(50);
    private readonly int _port = FreePort();
    private readonly StreamWriter _log = new(logPath, append: true) { AutoFlush = true };
    private Process? _process;
    private Stopwatch _started = new();

    public Uri Address => new($"http://127.0.0.1:{_port}");
    public string LogPath => logPath;

    /// <summary>True when the process ended without being killed by the suite.</summary>
    public bool HasDied => _process is { HasExited: true };

    public int? ExitCode => _process is { HasExited: true } process ? process.ExitCode : null;

    /// <summary>From the last start to Kestrel's "Now listening on" line: the part of a recovery spent before any request can be taken.</summary>
    public TimeSpan? ListeningAfter { get; private set; }

    public void Start()
    {
        _process?.Dispose();
        ListeningAfter = null;
        HealthyAfter = null;
        var started = _started = Stopwatch.StartNew();
        _process = Process.Start(StartInfo("--urls", Address.ToString(), "--contentRoot", appFolder))!;
        _process.OutputDataReceived += (_, e) =>
        {
            if (ListeningAfter is null && e.Data?.Contains("Now listening on", StringComparison.Ordinal) == true)
            {
                ListeningAfter = started.Elapsed;
            }
            Log(e.Data);
        };
        _process.ErrorDataReceived += (_, e) => Log(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>kill -9: no shutdown, no flush, whatever the app was doing.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    /// <summary>From the last start to the first 200 on /health, as <see cref="WaitHealthyAsync"/> saw it.</summary>
    public TimeSpan? HealthyAfter { get; private set; }

    /// <summary>
    /// Polls /health every 50 ms until it answers 200 (true), or the process dies or <paramref name="limit"/> passes (false).
    /// The polling runs on a thread of its own with blocking calls: on a busy machine the suite's own readers fill its
    /// thread pool, and an awaited answer would be noticed (and timed) only when a pool thread got to it.
    /// </summary>
    public Task<bool> WaitHealthyAsync(TimeSpan limit) =>
        Task.Factory.StartNew(() => WaitHealthy(limit), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private bool WaitHealthy(TimeSpan limit)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < limit && !HasDied)
        {
            try
            {
                using var response = client.Send(new HttpRequestMessage(HttpMethod.Get, "/health"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    HealthyAfter = _started.Elapsed;
                    return true;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }
            Thread.Sleep(HealthPoll);
        }
        return false;
    }

    /// <summary>Runs one of the app's command-line verbs (create-admin, verify) over the same database; its exit code and output.</summary>
    public async Task<(int ExitCode, string Output)> RunVerbAsync(IReadOnlyDictionary<string, string> extra, params string[] args)
    {
        var start = StartInfo(args);
        foreach (var (key, value) in extra)
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(limit.Token);
        var text = (await output) + (await errors);
        Log($"[{string.Join(' ', args)}] exit {process.ExitCode}\n{text}");
        return (process.ExitCode, text);
    }

    public void Dispose()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            process.WaitForExit();
        }
        _process?.Dispose();
        _log.Dispose();
    }

    private ProcessStartInfo StartInfo(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = appFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(appFolder, "BoneInfo.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        return start;
    }

    private void Log(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.WriteLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
