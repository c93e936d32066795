using BoneInfo.Tests.Infrastructure;

namespace BoneInfo.Tests.Hosting;

/// <summary>`-- verify` run by an operator, as a separate process, on a database that is not a BoneInfo one, or not there.</summary>
[Trait("Category", "Integration")]
public sealed class VerifyCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task VerifyOnADatabaseWithoutTablesSaysSoAndExitsTwoWithoutAStackTrace()
    {
        var empty = _folder.File("empty.db");
        await File.WriteAllBytesAsync(empty, []);

        var outcome = await AppProcess.RunAsync(empty, new Dictionary<string, string?>(), null, "verify");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("cannot be read as a BoneInfo database", outcome.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", outcome.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyOfAMissingDatabaseFileSaysSoAndCreatesNoFile()
    {
        var missing = _folder.File("mistyped.db");

        var outcome = await AppProcess.RunAsync(missing, new Dictionary<string, string?>(), null, "verify");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains($"there is no database at {missing}", outcome.Errors, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    public void Dispose() => _folder.Dispose();
}
