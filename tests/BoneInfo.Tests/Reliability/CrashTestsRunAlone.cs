namespace BoneInfo.Tests.Reliability;

/// <summary>
/// The crash tests kill processes at random moments of work whose length they measure; run one at a time, they do
/// not slow each other down and the kills land where they aim.
/// </summary>
[CollectionDefinition(Name)]
public sealed class CrashTestsRunAlone
{
    public const string Name = "Crash tests";
}
