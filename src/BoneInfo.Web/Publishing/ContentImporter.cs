using BoneInfo.Web.Articles;
using BoneInfo.Web.Content;

namespace BoneInfo.Web.Publishing;

/// <summary>Imports the article files of a folder (its top level; sub-folders such as glossary/ are not articles).</summary>
public sealed class ContentImporter(Publication publication, ILogger<ContentImporter> logger)
{
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
