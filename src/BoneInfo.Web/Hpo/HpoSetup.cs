using Microsoft.Extensions.Options;

namespace BoneInfo.Web.Hpo;

public sealed class HpoOptions
{
    public const string Section = "Hpo";

    /// <summary>The labels file; a relative path is resolved against the app's base directory (every build carries content/).</summary>
    public string Path { get; set; } = System.IO.Path.Combine("content", "hpo", "hpo-labels-en-es.tsv");

    public string ResolvedPath => System.IO.Path.GetFullPath(Path, AppContext.BaseDirectory);
}

public static class HpoSetup
{
    public static IServiceCollection AddHpo(this IServiceCollection services)
    {
        services.AddOptions<HpoOptions>().BindConfiguration(HpoOptions.Section);
        return services.AddSingleton(provider =>
        {
            var path = provider.GetRequiredService<IOptions<HpoOptions>>().Value.ResolvedPath;
            var logger = provider.GetRequiredService<ILogger<HpoTerms>>();
            if (!File.Exists(path))
            {
                logger.LogWarning("No HPO labels at {HpoFile}: phenotypes show the articles' own labels", path);
                return HpoTerms.Empty;
            }
            var terms = HpoTerms.Load(path);
            logger.LogInformation("HPO labels loaded: {TermCount} terms", terms.Count);
            return terms;
        });
    }
}
