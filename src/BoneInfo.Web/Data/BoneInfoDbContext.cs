using BoneInfo.Web.Accounts;
using BoneInfo.Web.Articles;
using BoneInfo.Web.Auditing;
using BoneInfo.Web.Editing;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Data;

public sealed class BoneInfoDbContext(DbContextOptions<BoneInfoDbContext> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleRevision> Revisions => Set<ArticleRevision>();
    public DbSet<SlugRedirect> SlugRedirects => Set<SlugRedirect>();
    public DbSet<Autosave> Autosaves => Set<Autosave>();
    public DbSet<User> Users => Set<User>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BoneInfoDbContext).Assembly);
}
