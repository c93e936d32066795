namespace BoneInfo.FaultSuite;

/// <summary>The checkout the suite runs from: the first folder holding BoneInfo.sln, from the working folder up, then from the program's.</summary>
public static class RepositoryRoot
{
    public static string Find() =>
        Above(Environment.CurrentDirectory) ?? Above(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("BoneInfo.sln not found above " + Environment.CurrentDirectory);

    private static string? Above(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BoneInfo.sln")))
            {
                return dir.FullName;
            }
        }
        return null;
    }
}
