namespace BoneInfo.Web.Articles;

/// <summary>
/// The content folder as it was at the last start-up import that found no invalid file (one row). A start that finds
/// the folder the same skips the import: it would add, update and keep exactly what it did then.
/// </summary>
public sealed class ContentImportStamp
{
    public const int SingleId = 1;

    public int Id { get; private set; } = SingleId;

    /// <summary>The folder's fingerprint: its article files and the build that read them.</summary>
    public string Fingerprint { get; set; } = "";

    public DateTime ImportedAt { get; set; }
}
