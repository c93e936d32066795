using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace BoneInfo.Tests.Data;

/// <summary>
/// The app runs on models compiled ahead of time (Data/CompiledModels, one per provider), which EF Core finds by
/// their assembly attribute; they spare each start building the model from the configurations. A compiled model
/// is a copy, so every model change must be compiled again; these tests fail until it is.
/// </summary>
[Trait("Category", "Unit")]
public sealed class CompiledModelTests
{
    private const string Regenerate =
        "The model changed but its compiled copy did not: run `dotnet ef dbcontext optimize` for both contexts (docs/architecture.md, \"Compiled models\").";

    [Fact]
    public void TheSqliteContextRunsOnItsCompiledModelAndItMatchesTheConfigurations()
    {
        using var folder = new TempFolder();
        using var db = new BoneInfoDbContext(new DbContextOptionsBuilder<BoneInfoDbContext>().UseBoneInfoSqlite($"Data Source={folder.File("model.db")}").Options);

        AssertCompiledAndCurrent(db, "BoneInfo.Web.Data.CompiledModels.Sqlite");
    }

    [Fact]
    public void ThePostgreSqlContextRunsOnItsCompiledModelAndItMatchesTheConfigurations()
    {
        using var db = new PostgreSqlBoneInfoDbContext(new DbContextOptionsBuilder<PostgreSqlBoneInfoDbContext>().UseBoneInfoPostgreSql("Host=localhost;Database=model").Options);

        AssertCompiledAndCurrent(db, "BoneInfo.Web.Data.CompiledModels.PostgreSql");
    }

    private static void AssertCompiledAndCurrent(BoneInfoDbContext db, string compiledNamespace)
    {
        var running = db.Model;
        Assert.Equal(compiledNamespace, running.GetType().Namespace);

        var configured = db.GetService<IDesignTimeModel>().Model;
        var expected = Describe(configured);
        var actual = Describe(running);
        Assert.True(expected.SequenceEqual(actual),
            $"{Regenerate}\nConfigured only: {string.Join("; ", expected.Except(actual))}\nCompiled only: {string.Join("; ", actual.Except(expected))}");
    }

    /// <summary>
    /// What queries and saves depend on: every table with its columns (store type, nullability), keys, indexes and
    /// foreign keys, and every property's CLR type, length, converter and value generation.
    /// </summary>
    private static List<string> Describe(IModel model)
    {
        var tables = model.GetRelationalModel().Tables.SelectMany(table =>
            table.Columns.Select(c => $"{table.Name}.{c.Name} {c.StoreType} null={c.IsNullable}")
                .Concat(table.Indexes.Select(i => $"{table.Name} index {i.Name} ({string.Join(",", i.Columns.Select(c => c.Name))}) unique={i.IsUnique} filter={i.Filter}"))
                .Concat(table.UniqueConstraints.Select(k => $"{table.Name} key {k.Name} ({string.Join(",", k.Columns.Select(c => c.Name))})"))
                .Concat(table.ForeignKeyConstraints.Select(f => $"{table.Name} fk {f.Name} -> {f.PrincipalTable.Name} {f.OnDeleteAction}")));
        var properties = model.GetEntityTypes().SelectMany(entity => entity.GetProperties().Select(p =>
            $"{entity.Name}.{p.Name}: {p.ClrType.Name} max={p.GetMaxLength()} converter={p.GetValueConverter()?.GetType().Name} generated={p.ValueGenerated} concurrency={p.IsConcurrencyToken}"));
        return [.. tables.Concat(properties).Order(StringComparer.Ordinal)];
    }
}
