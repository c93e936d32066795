using BoneInfo.FaultSuite;
using Xunit.Abstractions;

namespace BoneInfo.Tests.Reliability;

/// <summary>
/// The load-and-fault suite's short run (benchmarks/BoneInfo.FaultSuite, as CI runs it) against the app built with
/// these tests: 16 s of readers and editors with kill -9 restarts and disk faults. The counts are asserted; the
/// recovery times are only reported (timings belong in docs/fault-suite.md, not in a test).
/// </summary>
[Trait("Category", "Integration")]
public sealed class FaultSuiteTests(ITestOutputHelper output)
{
    [Fact]
    public async Task AShortRunWithRestartsAndDiskFaultsLosesNoAcknowledgedEditAndPublishesNothingTwice()
    {
        var result = await SuiteRun.RunAsync(SuiteOptions.ForCi(AppContext.BaseDirectory, reportPath: null), output.WriteLine);
        output.WriteLine(result.Summary);
        output.WriteLine(MarkdownReport.Render(result));

        Assert.NotEmpty(result.Restarts);
        Assert.True(result.Saves.Acknowledged > 0, "no save was acknowledged, so nothing was checked");
        Assert.Empty(result.Saves.Lost);
        Assert.Empty(result.Publishes.AcknowledgedNotPublished);
        Assert.Empty(result.Publishes.Repeated);
        // A save refused by a read-only or full disk is a 503 saying so (excused); any other 5xx outside a restart gap fails.
        Assert.Equal(0, result.Traffic.ServerErrorsOutsideGaps);
        Assert.Equal("ok", result.Integrity);
    }
}
