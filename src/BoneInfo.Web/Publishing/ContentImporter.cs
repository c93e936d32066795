using BoneInfo.Web.Articles;
using BoneInfo.Web.Content;
using BoneInfo.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Publishing;

/// <summary>Imports the article files of a folder (its top level; sub-folders such as glossary/ are not articles).</summary>
public sealed class ContentImporter(Publication publication, BoneInfoDbContext db, TimeProvider clock, ILogger<ContentImporter> logger)
{
    /// <summary>
    /// The start-up import: skipped when the folder is as it was at the last one that found every file valid (see
    /// <see cref="ContentImportStamp"/>), since it would change nothing; returns null then.
    /// </summary>
    public async Task<ImportSummary?> ImportIfChangedAsync(string folder, CancellationToken cancellationToken = default)
    {
        var fingerprint = Directory.Exists(folder) ? ContentFolderFingerprint.Of(folder) : null;
        var stamp = await db.ContentImportStamps.FindAsync([ContentImportStamp.SingleId], cancellationToken);
        if (fingerprint is not null && stamp?.Fingerprint == fingerprint)
        {
            logger.LogInformation("Content import skipped: {ContentFolder} is as it was at the import of {ImportedAt:u}", folder, stamp.ImportedAt);
            return null;
        }
        var summary = await ImportFolderAsync(folder, cancellationToken);
        if (fingerprint is not null && summary.Invalid.Count == 0)
        {
            stamp ??= db.ContentImportStamps.Add(new ContentImportStamp()).Entity;
            stamp.Fingerprint = fingerprint;
            stamp.ImportedAt = clock.GetUtcNow().UtcDateTime;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException e)
            {
                // Another web node starting at the same time recorded its import first; the next start imports again.
                logger.LogInformation(e, "Content import not recorded: another node recorded one first");
            }
        }
        return summary;
    }

    public async Task<ImportSummary> ImportFolderAsync(string folder, CancellationToken cancellationToken = default)
    {
        var summary = new ImportSummary();
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("Content folder {ContentFolder} does not exist; nothing imported", folder);
            return summary;
        }
        foreach (var file in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var slug = Path.GetFileNameWithoutExtension(file);
            var parsed = ContentFileParser.Parse(await File.ReadAllTextAsync(file, cancellationToken), slug);
            if (!parsed.Succeeded)
            {
                summary.Invalid.Add(Path.GetFileName(file));
                logger.LogWarning("Skipped content file {ContentFile}: {Problems}", file, string.Join("; ", parsed.Errors));
                continue;
            }
            var outcome = await publication.ImportAsync(parsed.Content!, cancellationToken);
            summary.Count(outcome);
            if (outcome == ImportOutcome.KeptEditorChanges)
            {
                logger.LogInformation("Kept {Slug} as edited in the app; {ContentFile} was not applied", slug, file);
            }
        }
        logger.LogInformation(
            "Content import from {ContentFolder}: {Added} added, {Updated} updated, {Unchanged} unchanged, {Skipped} skipped ({Invalid} invalid, {KeptEdited} edited in the app)",
            folder, summary.Added, summary.Updated, summary.Unchanged, summary.Skipped, summary.Invalid.Count, summary.KeptEditorChanges);
        return summary;
    }
}

public sealed class ImportSummary
{
    public int Added { get; private set; }
    public int Updated { get; private set; }
    public int Unchanged { get; private set; }
    public int KeptEditorChanges { get; private set; }
    public List<string> Invalid { get; } = [];
    public int Skipped => Invalid.Count + KeptEditorChanges;

    public void Count(ImportOutcome outcome)
    {
        switch (outcome)
        {
            case ImportOutcome.Added: Added++; break;
            case ImportOutcome.Updated: Updated++; break;
            case ImportOutcome.Unchanged: Unchanged++; break;
            case ImportOutcome.KeptEditorChanges: KeptEditorChanges++; break;
        }
    }

    public override string ToString() =>
        $"{Added} added, {Updated} updated, {Unchanged} unchanged, {Skipped} skipped ({Invalid.Count} invalid, {KeptEditorChanges} edited in the app)";
}
