using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Articles;
using BoneInfo.Web.Data;
using BoneInfo.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Tests.Conditions;

/// <summary>
/// The app over a library too large to list whole on one page: 230 "Bone study" articles under B, a few under #, C
/// and E (one of them accented), plus tests/TestContent. Written straight into the database before the app starts.
/// </summary>
public sealed class LargeLibraryFactory : BoneInfoFactory
{
    public const int BoneStudies = 230;

    public LargeLibraryFactory() : base(RepoPaths.TestContent)
    {
        var options = new DbContextOptionsBuilder<BoneInfoDbContext>().UseBoneInfoSqlite($"Data Source={DatabasePath}").Options;
        using var db = new BoneInfoDbContext(options);
        db.Database.Migrate();
        var now = DateTime.UtcNow;
        db.Articles.AddRange(Titles().Select(title => Article.FromContent(Content(title), now)));
        db.SaveChanges();
        new SearchIndex(db, new SearchIndexVersion()).RebuildAsync().GetAwaiter().GetResult();
    }

    public static string BoneStudy(int number) => $"Bone study {number:000}";

    private static IEnumerable<string> Titles() =>
        Enumerable.Range(1, BoneStudies).Select(BoneStudy)
            .Concat(["3M syndrome", "22q11 deletion", "Camurati test one", "Camurati test two", "Épiphyse study", "Enchondroma study"]);

    private static ArticleContent Content(string title)
    {
        var slug = string.Join('-', SearchText.Words(title));
        return new ArticleContent(slug, title, ArticleKind.Condition, "Library tests", $"Summary of {title}.", "## Overview\n\nText.",
            new DateOnly(2026, 11, 21), new ArticleMetadata { OtherNames = [$"Other name of {slug}"] });
    }
}
