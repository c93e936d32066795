using BoneInfo.Tests.Infrastructure;

namespace BoneInfo.Tests.Hosting;

/// <summary>`-- verify` run by an operator, as a separate process, on a database that is not a BoneInfo one.</summary>
[Trait("Category", "Integration")]
public sealed class VerifyCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task VerifyOnADatabaseWithoutTablesSaysSoAndExitsTwoWithoutAStackTrace()
    {
        var outcome = await AppProcess.RunAsync(_folder.File("empty.db"), new Dictionary<string, string?>(), null, "verify");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("cannot be read as a BoneInfo database", outcome.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", outcome.Errors, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
