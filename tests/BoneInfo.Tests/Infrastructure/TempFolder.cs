using Microsoft.Data.Sqlite;

namespace BoneInfo.Tests.Infrastructure;

/// <summary>A fresh folder under /tmp for one test class's SQLite file (and any files it writes).</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "boneinfo-tests", Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(Path);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finishing host is left for the OS to clean up.
        }
    }
}
