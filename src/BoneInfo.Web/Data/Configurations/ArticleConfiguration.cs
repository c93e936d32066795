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

        // The A–Z list and the home page read pages of these indexes, never the whole table.
        builder.Property(a => a.SortTitle).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Initial).HasMaxLength(1).IsRequired();
        builder.Property(a => a.ListedNames).IsRequired();
        builder.HasIndex(a => new { a.Status, a.Initial, a.SortTitle, a.Slug });
        builder.HasIndex(a => new { a.Status, a.Category, a.SortTitle, a.Slug });
    }
}

public sealed class ContentImportStampConfiguration : IEntityTypeConfiguration<ContentImportStamp>
{
    public void Configure(EntityTypeBuilder<ContentImportStamp> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Fingerprint).HasMaxLength(64).IsRequired();
    }
}
