using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Data;
using Microsoft.Data.Sqlite;

namespace BoneInfo.Tests.Data;

/// <summary>How the configured SQLite connection string becomes the one the app opens.</summary>
[Trait("Category", "Unit")]
public sealed class ConnectionStringTests
{
    [Fact]
    public void ARelativeFileIsPlacedUnderTheContentRootWithItsFolderMade()
    {
        using var root = new TempFolder();

        var resolved = new SqliteConnectionStringBuilder(DatabaseSetup.ResolveConnectionString("Data Source=data/boneinfo.db;Default Timeout=10", root.Path));

        Assert.Equal(root.File(Path.Combine("data", "boneinfo.db")), resolved.DataSource);
        Assert.Equal(10, resolved.DefaultTimeout);
        Assert.True(Directory.Exists(root.File("data")));
    }

    [Fact]
    public void AFileUriForAReadOnlyFolderIsOpenedExactlyAsWritten()
    {
        const string immutable = "Data Source=file:/srv/boneinfo/boneinfo.db?immutable=1";

        Assert.Equal(immutable, DatabaseSetup.ResolveConnectionString(immutable, "/var/empty"));
    }
}
