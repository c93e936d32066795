namespace BoneInfo.FaultSuite;

/// <summary>The load-and-fault suite: see docs/operations.md. Exit 0 when every target is met, 1 when one is missed, 2 when the run could not be made.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        if (args is ["--help" or "-h"])
        {
            Console.WriteLine(SuiteOptions.Usage);
            return 0;
        }
        SuiteOptions options;
        try
        {
            options = SuiteOptions.Parse(args, RepositoryRoot.Find());
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync($"{ex.Message}\n\n{SuiteOptions.Usage}");
            return 2;
        }
        using var interrupt = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true; // Ctrl+C ends the load early; the app is still stopped and the file system unmounted
            interrupt.Cancel();
        };
        SuiteResult result;
        try
        {
            result = await SuiteRun.RunAsync(options, Console.WriteLine, interrupt.Token);
        }
        catch (InvalidOperationException ex)
        {
            await Console.Error.WriteLineAsync($"The suite could not run: {ex.Message}");
            return 2;
        }
        if (options.ReportPath is { } path)
        {
            MarkdownReport.Write(path, result);
            Console.WriteLine($"Wrote {path}");
        }
        foreach (var lost in result.Saves.Lost)
        {
            Console.WriteLine(FormattableString.Invariant($"lost: {lost.Command} by {lost.Editor} on article {lost.ArticleId} at {lost.At:0.000} s, answered {lost.Status}, page showed revision {lost.Revision}: {lost.Token}"));
        }
        Console.WriteLine(result.Summary);
        return result.TargetsMet ? 0 : 1;
    }
}
