namespace BoneInfo.Web.Content;

public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>The folder of article files; relative paths are resolved against the app's base directory.</summary>
    public string Path { get; set; } = "content";

    public bool ImportOnStartup { get; set; } = true;

    public string ResolvedPath => System.IO.Path.GetFullPath(Path, AppContext.BaseDirectory);
}
