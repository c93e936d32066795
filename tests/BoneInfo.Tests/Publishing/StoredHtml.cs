using BoneInfo.Web.Articles;
using BoneInfo.Web.Data;
using BoneInfo.Web.Markdown;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Tests.Publishing;

/// <summary>What tests compare an article's stored rendering with, and how they make it stale behind the app's back.</summary>
public static class StoredHtml
{
    private static readonly MarkdownRenderer Markdown = new();

    /// <summary>The stored HTML and table of contents are what the current pipeline makes of the stored body, today.</summary>
    public static void AssertIsAFreshRenderOfTheBody(Article article)
    {
        var fresh = Markdown.Render(article.Body);
        Assert.True(fresh.Html == article.RenderedHtml, $"{article.Slug}: stored HTML differs from a fresh render of its body");
        Assert.Equal(fresh.Contents, TableOfContents.FromJson(article.RenderedContents));
        Assert.Equal(MarkdownRenderer.RendererVersion, article.RendererVersion);
    }

    /// <summary>Plain SQL (identifiers quoted for either provider): the article looks rendered by an older pipeline.</summary>
    public static Task<int> MakeStaleAsync(BoneInfoDbContext db, string slug, string html) =>
        db.Database.ExecuteSqlAsync($"""UPDATE "Articles" SET "RendererVersion" = 0, "RenderedHtml" = {html} WHERE "Slug" = {slug}""");

    /// <summary>Plain SQL: the article has no stored HTML, though its renderer version is the current one.</summary>
    public static Task<int> ForgetAsync(BoneInfoDbContext db, string slug) =>
        db.Database.ExecuteSqlAsync($"""UPDATE "Articles" SET "RenderedHtml" = NULL, "RenderedContents" = NULL WHERE "Slug" = {slug}""");

    /// <summary>Plain SQL: the article keeps its renderer version but its stored HTML says <paramref name="html"/>.</summary>
    public static Task<int> OverwriteAsync(BoneInfoDbContext db, string slug, string html) =>
        db.Database.ExecuteSqlAsync($"""UPDATE "Articles" SET "RenderedHtml" = {html} WHERE "Slug" = {slug}""");

    public static Task<Article> LoadAsync(BoneInfoDbContext db, string slug) =>
        db.Articles.AsNoTracking().SingleAsync(a => a.Slug == slug);
}
