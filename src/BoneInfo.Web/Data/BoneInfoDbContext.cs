using BoneInfo.Web.Accounts;
using BoneInfo.Web.Articles;
using BoneInfo.Web.Auditing;
using BoneInfo.Web.Editing;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Data;

/// <summary>
/// The one context every feature uses. This type is also the SQLite context (its migrations are in
/// <c>Data/Migrations</c>); <see cref="PostgreSqlBoneInfoDbContext"/> derives from it so that PostgreSQL has its own
/// migrations (<c>Data/Migrations/PostgreSql</c>), which EF Core tells apart by the context type they name.
/// </summary>
public class BoneInfoDbContext : DbContext, IDataProtectionKeyContext
{
    public BoneInfoDbContext(DbContextOptions<BoneInfoDbContext> options) : base(options)
    {
    }

    protected BoneInfoDbContext(DbContextOptions options) : base(options)
    {
    }

    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleRevision> Revisions => Set<ArticleRevision>();
    public DbSet<SlugRedirect> SlugRedirects => Set<SlugRedirect>();
    public DbSet<ContentImportStamp> ContentImportStamps => Set<ContentImportStamp>();
    public DbSet<Autosave> Autosaves => Set<Autosave>();
    public DbSet<User> Users => Set<User>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    /// <summary>The Data Protection key ring (cookies, antiforgery tokens), shared by every web node.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>True on the SQLite provider, where the search index lives in this database.</summary>
    public bool IsSqlite => Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BoneInfoDbContext).Assembly);
}

/// <summary>
/// BoneInfo on PostgreSQL: the same model, its own migrations. Every <see cref="DateTime"/> is UTC (the app writes
/// <c>UtcNow</c> and reads what it wrote), stored as <c>timestamp with time zone</c>; the converter only sets the
/// kind Npgsql asks for, so a value read back from SQLite or a form (kind unspecified) is written unchanged.
/// </summary>
public sealed class PostgreSqlBoneInfoDbContext(DbContextOptions<PostgreSqlBoneInfoDbContext> options) : BoneInfoDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // Byte order, as SQLite compares text: the A–Z list is in the same order on both providers, whatever the
        // database's locale.
        modelBuilder.Entity<Article>().Property(a => a.SortTitle).UseCollation("C");
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    internal sealed class UtcDateTimeConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
