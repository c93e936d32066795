using System.Globalization;
using System.Text.Json;

namespace BoneInfo.FaultSuite;

/// <summary>What /health said at a moment: its status code (0: no answer) and the status in its body.</summary>
public sealed record HealthSample(double At, int Status, string Reported);

/// <summary>Asks /health four times a second through the run, and reads the machine's load average once a second.</summary>
public sealed class HealthWatch(Uri app, Timeline timeline)
{
    private readonly List<HealthSample> _samples = [];
    private readonly List<double> _load = [];

    public IReadOnlyList<HealthSample> Samples => _samples;

    /// <summary>The 1-minute load average at the start, its highest during the run, and at the end.</summary>
    public (double Start, double Max, double End) Load => _load.Count == 0 ? (double.NaN, double.NaN, double.NaN) : (_load[0], _load.Max(), _load[^1]);

    public async Task RunAsync(CancellationToken stop)
    {
        using var client = new HttpClient { BaseAddress = app, Timeout = TimeSpan.FromSeconds(2) };
        var nextLoad = 0.0;
        while (!stop.IsCancellationRequested)
        {
            if (timeline.Now >= nextLoad)
            {
                _load.Add(LoadAverage());
                nextLoad += 1;
            }
            _samples.Add(await SampleAsync(client));
            try
            {
                await Task.Delay(250, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        _load.Add(LoadAverage());
    }

    private async Task<HealthSample> SampleAsync(HttpClient client)
    {
        var at = timeline.Now;
        try
        {
            using var response = await client.GetAsync("/health");
            return new HealthSample(at, (int)response.StatusCode, Reported(await response.Content.ReadAsStringAsync()));
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return new HealthSample(at, 0, "no answer");
        }
    }

    private static string Reported(string body)
    {
        try
        {
            return JsonDocument.Parse(body).RootElement.TryGetProperty("status", out var status) ? status.GetString() ?? "" : "no status";
        }
        catch (JsonException)
        {
            return "not JSON";
        }
    }

    public static double LoadAverage() =>
        File.Exists("/proc/loadavg") && double.TryParse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture, out var load)
            ? load : double.NaN;
}
