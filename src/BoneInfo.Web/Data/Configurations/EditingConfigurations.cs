using BoneInfo.Web.Articles;
using BoneInfo.Web.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BoneInfo.Web.Data.Configurations;

public sealed class ArticleRevisionConfiguration : IEntityTypeConfiguration<ArticleRevision>
{
    public void Configure(EntityTypeBuilder<ArticleRevision> builder)
    {
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.ArticleId, r.Number }).IsUnique();
        builder.HasOne<Article>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.Slug).HasMaxLength(120).IsRequired();
        builder.Property(r => r.Title).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Category).HasMaxLength(120).IsRequired();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.AuthorName).HasMaxLength(200);
        builder.Property(r => r.ChangeSummary).HasMaxLength(500);
        builder.Property(r => r.Metadata).HasMetadataJsonConversion();
    }
}

public sealed class SlugRedirectConfiguration : IEntityTypeConfiguration<SlugRedirect>
{
    public void Configure(EntityTypeBuilder<SlugRedirect> builder)
    {
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => s.OldSlug).IsUnique();
        builder.Property(s => s.OldSlug).HasMaxLength(120).IsRequired();
        builder.HasOne<Article>().WithMany().HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AutosaveConfiguration : IEntityTypeConfiguration<Autosave>
{
    public void Configure(EntityTypeBuilder<Autosave> builder)
    {
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => new { a.ArticleId, a.UserId });
        builder.HasIndex(a => a.Token).IsUnique();
        builder.Property(a => a.Token).HasMaxLength(64);
        builder.Property(a => a.FormJson).IsRequired();
    }
}
