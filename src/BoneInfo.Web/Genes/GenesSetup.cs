namespace BoneInfo.Web.Genes;

public static class GenesSetup
{
    public static IServiceCollection AddGenes(this IServiceCollection services) => services
        .AddSingleton(_ => GeneNames.Load(GeneNames.DefaultPath))
        .AddScoped<GeneIndex>();
}
