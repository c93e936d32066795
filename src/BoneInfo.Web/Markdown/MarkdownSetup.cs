namespace BoneInfo.Web.Markdown;

public static class MarkdownSetup
{
    /// <summary>One renderer for the whole app: its Markdig pipeline is built once and shared.</summary>
    public static IServiceCollection AddMarkdown(this IServiceCollection services) => services.AddSingleton<MarkdownRenderer>();
}
