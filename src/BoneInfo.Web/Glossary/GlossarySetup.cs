namespace BoneInfo.Web.Glossary;

public static class GlossarySetup
{
    public static IServiceCollection AddGlossary(this IServiceCollection services) => services.AddSingleton<GlossarySource>();
}
