using System.Diagnostics;
using System.Text;

namespace BoneInfo.Tests.Infrastructure;

/// <summary>
/// The built app as a child process that a test may end at any moment with SIGKILL (<see cref="Process.Kill()"/> on
/// Linux): a command-line verb (<see cref="Start"/>), or the web server on a free port (<see cref="StartServerAsync"/>).
/// Its output is kept, so a test can wait for a log line and show what the app said.
/// </summary>
public sealed class KillableApp : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly List<(string Text, TaskCompletionSource Seen)> _awaited = [];

    private KillableApp(ProcessStartInfo start)
    {
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => Received(e.Data);
        _process.ErrorDataReceived += (_, e) => Received(e.Data);
        _process.Start();
        _process.StandardInput.Close();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The server's address (<c>http://127.0.0.1:PORT</c>); null for a command-line verb.</summary>
    public Uri? Address { get; private init; }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static KillableApp Start(string databasePath, IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        new(AppProcess.StartInfo(databasePath, environment, args));

    /// <summary>Starts the web server and returns once <c>/health</c> answers 200.</summary>
    public static async Task<KillableApp> StartServerAsync(string databasePath, IReadOnlyDictionary<string, string?> environment)
    {
        var address = new Uri($"http://127.0.0.1:{PostgreSqlServer.FreePort()}");
        var app = new KillableApp(AppProcess.StartInfo(databasePath, environment, "--urls", address.ToString().TrimEnd('/'))) { Address = address };
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var started = Stopwatch.StartNew();
        while (started.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (app.HasExited)
            {
                throw new InvalidOperationException($"the app exited with {app.ExitCode} before it served: {app.Output}");
            }
            try
            {
                if ((await client.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return app;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(100);
        }
        app.Dispose();
        throw new TimeoutException($"the app did not answer /health within 90 s: {app.Output}");
    }

    /// <summary>Completes when the app has written a line containing <paramref name="text"/>.</summary>
    public Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_output)
        {
            if (_output.ToString().Contains(text, StringComparison.Ordinal))
            {
                return Task.CompletedTask;
            }
            _awaited.Add((text, seen));
        }
        return seen.Task.WaitAsync(timeout);
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        await _process.WaitForExitAsync().WaitAsync(timeout);
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: the app gets no chance to finish anything. Returns false if it had already exited.</summary>
    public bool Kill()
    {
        if (_process.HasExited)
        {
            return false;
        }
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        return true;
    }

    private void Received(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
            foreach (var awaited in _awaited.Where(a => line.Contains(a.Text, StringComparison.Ordinal)).ToList())
            {
                awaited.Seen.TrySetResult();
                _awaited.Remove(awaited);
            }
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
