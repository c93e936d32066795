namespace BoneInfo.Tests.Infrastructure;

public static class RepoPaths
{
    public static string Root { get; } = FindRoot();
    public static string Content => Path.Combine(Root, "content");
    public static string TestContent => Path.Combine(Root, "tests", "BoneInfo.Tests", "TestContent");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BoneInfo.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("BoneInfo.sln not found above " + AppContext.BaseDirectory);
    }
}
