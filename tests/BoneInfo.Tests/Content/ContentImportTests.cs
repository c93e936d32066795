using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Articles;
using BoneInfo.Web.Data;
using BoneInfo.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Tests.Content;

[Trait("Category", "Integration")]
public sealed class ContentImportOnSqlite() : ContentImportTests(DatabaseProvider.Sqlite);

[Trait("Category", "Integration")]
public sealed class ContentImportOnPostgreSql() : ContentImportTests(DatabaseProvider.PostgreSql), IPostgreSqlTests;

/// <summary>Importing content files, on each database provider.</summary>
public abstract class ContentImportTests(DatabaseProvider provider) : IDisposable
{
    private readonly TestDatabase _database = new(provider);
    private readonly TempFolder _content = new();

    public void Dispose()
    {
        _database.Dispose();
        _content.Dispose();
        GC.SuppressFinalize(this);
    }

    private void WriteArticle(string slug, string summary) => File.WriteAllText(_content.File(slug + ".md"), $"""
        ---
        title: {slug}
        slug: {slug}
        kind: condition
        category: Dense bone disorders
        summary: {summary}
        reviewed: 2026-11-21
        references:
          - id: 1
            authors: A
            title: T
            source: S
            url: https://example.org
        ---
        ## Overview

        Text [1](#ref-1).
        """);

    private async Task<ImportSummary> ImportAsync()
    {
        await using var db = _database.CreateContext();
        return await _database.CreateImporter(db).ImportFolderAsync(_content.Path);
    }

    private async Task<Article> LoadAsync(string slug)
    {
        await using var db = _database.CreateContext();
        return await db.Articles.AsNoTracking().SingleAsync(a => a.Slug == slug);
    }

    [DatabaseFact]
    public async Task NewFilesAreAddedAsPublishedArticles()
    {
        WriteArticle("osteopetrosis", "Dense bones.");

        var summary = await ImportAsync();

        Assert.Equal(1, summary.Added);
        var article = await LoadAsync("osteopetrosis");
        Assert.Equal(("Dense bones.", ArticleStatus.Published), (article.Summary, article.Status));
    }

    [DatabaseFact]
    public async Task ImportingTheSameFilesAgainChangesNothing()
    {
        WriteArticle("osteopetrosis", "Dense bones.");
        await ImportAsync();
        var before = await LoadAsync("osteopetrosis");

        var summary = await ImportAsync();

        Assert.Equal((0, 0, 1), (summary.Added, summary.Updated, summary.Unchanged));
        Assert.Equal(before.Version, (await LoadAsync("osteopetrosis")).Version);
    }

    private async Task<ImportSummary?> StartUpImportAsync()
    {
        await using var db = _database.CreateContext();
        return await _database.CreateImporter(db).ImportIfChangedAsync(_content.Path);
    }

    [DatabaseFact]
    public async Task AtStartUpAFolderUnchangedSinceTheLastImportIsSkippedAndAChangedOneImported()
    {
        WriteArticle("osteopetrosis", "Dense bones.");
        var first = await StartUpImportAsync();

        var unchanged = await StartUpImportAsync();
        WriteArticle("osteopetrosis", "Bones that are too dense.");
        var changed = await StartUpImportAsync();

        Assert.Equal(1, first?.Added);
        Assert.Null(unchanged);
        Assert.Equal(1, changed?.Updated);
        Assert.Equal("Bones that are too dense.", (await LoadAsync("osteopetrosis")).Summary);
    }

    [DatabaseFact]
    public async Task AtStartUpAFolderWithAnInvalidFileIsReadAgainSoItsWarningIsNotLost()
    {
        WriteArticle("osteopetrosis", "Dense bones.");
        File.WriteAllText(_content.File("broken.md"), "---\ntitle: [unclosed\n");

        var first = await StartUpImportAsync();
        var second = await StartUpImportAsync();

        Assert.Equal(["broken.md"], first?.Invalid);
        Assert.Equal(["broken.md"], second?.Invalid);
        Assert.Equal(1, second?.Unchanged);
    }

    [DatabaseFact]
    public async Task AChangedFileUpdatesAnArticleNobodyEditedInTheApp()
    {
        WriteArticle("osteopetrosis", "Dense bones.");
        await ImportAsync();
        WriteArticle("osteopetrosis", "Bones that are too dense.");

        var summary = await ImportAsync();

        Assert.Equal(1, summary.Updated);
        Assert.Equal("Bones that are too dense.", (await LoadAsync("osteopetrosis")).Summary);
    }

    [DatabaseFact]
    public async Task AnArticleEditedInTheAppIsNeverOverwrittenByTheImport()
    {
        WriteArticle("osteopetrosis", "Dense bones.");
        await ImportAsync();
        await using (var db = _database.CreateContext())
        {
            var article = await db.Articles.SingleAsync(a => a.Slug == "osteopetrosis");
            article.Edit(article.ToContent() with { Summary = "An editor's careful wording." }, DateTime.UtcNow);
            await db.SaveChangesAsync();
        }
        WriteArticle("osteopetrosis", "A newer file version.");

        var summary = await ImportAsync();

        Assert.Equal((1, 1), (summary.KeptEditorChanges, summary.Skipped));
        Assert.Equal("An editor's careful wording.", (await LoadAsync("osteopetrosis")).Summary);
    }

    [DatabaseFact]
    public async Task ABrokenFileIsSkippedAndTheOthersStillImport()
    {
        WriteArticle("osteopetrosis", "Dense bones.");
        File.WriteAllText(_content.File("broken.md"), "---\ntitle: [\n---\n");

        var summary = await ImportAsync();

        Assert.Equal(1, summary.Added);
        Assert.Equal(["broken.md"], summary.Invalid);
    }

    [DatabaseFact]
    public async Task EachImportThatChangesAnArticleRecordsARevision()
    {
        WriteArticle("osteopetrosis", "Dense bones.");
        await ImportAsync();
        WriteArticle("osteopetrosis", "Bones that are too dense.");
        await ImportAsync();

        await using var db = _database.CreateContext();
        var article = await db.Articles.SingleAsync(a => a.Slug == "osteopetrosis");
        var revisions = await db.Revisions.Where(r => r.ArticleId == article.Id).OrderBy(r => r.Number).ToListAsync();
        Assert.Equal([1, 2], revisions.Select(r => r.Number));
        Assert.Equal("Bones that are too dense.", revisions[1].Summary);
        Assert.Equal((revisions[1].Id, revisions[1].Id), (article.PublishedRevisionId!.Value, article.WorkingRevisionId!.Value));
    }

    [DatabaseFact]
    public async Task AnArticleWithADraftWaitingForReviewIsNotTouchedByTheImport()
    {
        WriteArticle("osteopetrosis", "Dense bones.");
        await ImportAsync();
        await using (var db = _database.CreateContext())
        {
            var article = await db.Articles.SingleAsync(a => a.Slug == "osteopetrosis");
            article.RecordSave(article.WorkingRevisionId!.Value, null, "Writer", DateTime.UtcNow);
            await db.SaveChangesAsync();
        }
        WriteArticle("osteopetrosis", "A newer file version.");

        var summary = await ImportAsync();

        Assert.Equal(1, summary.KeptEditorChanges);
        Assert.Equal("Dense bones.", (await LoadAsync("osteopetrosis")).Summary);
    }
}
