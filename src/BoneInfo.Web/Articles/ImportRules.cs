namespace BoneInfo.Web.Articles;

/// <summary>What importing a content file does to the stored article with the same slug.</summary>
public static class ImportRules
{
    public static ImportOutcome Decide(Article? existing, ArticleContent incoming)
    {
        if (existing is null)
        {
            return ImportOutcome.Added;
        }
        if (!existing.IsUnchangedSinceImport || existing.HasPendingRevision)
        {
            return ImportOutcome.KeptEditorChanges;
        }
        return existing.ImportedHash == ArticleFingerprint.Of(incoming) ? ImportOutcome.Unchanged : ImportOutcome.Updated;
    }
}
