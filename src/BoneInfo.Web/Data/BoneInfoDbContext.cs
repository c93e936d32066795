using BoneInfo.Web.Articles;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Data;

public sealed class BoneInfoDbContext(DbContextOptions<BoneInfoDbContext> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BoneInfoDbContext).Assembly);
}
