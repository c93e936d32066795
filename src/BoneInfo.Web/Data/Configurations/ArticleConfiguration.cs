using BoneInfo.Web.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BoneInfo.Web.Data.Configurations;

public sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.HasIndex(a => a.Status);
        builder.Property(a => a.Slug).HasMaxLength(120).IsRequired();
        builder.Property(a => a.Title).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Category).HasMaxLength(120).IsRequired();
        builder.Property(a => a.Summary).IsRequired();
        builder.Property(a => a.Body).IsRequired();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.ImportedHash).HasMaxLength(64);
        builder.Property(a => a.Version).IsConcurrencyToken();

        // Structured front matter is read and written as a whole, so one JSON column keeps the schema stable
        // while the content format grows. SQLite's JSON1 can still reach into it when needed.
        builder.Property(a => a.Metadata).HasMetadataJsonConversion();
        builder.HasIndex(a => a.ScheduledPublishAt);
    }
}
