namespace BoneInfo.Web.Site;

public static class SiteSetup
{
    public static IServiceCollection AddSite(this IServiceCollection services)
    {
        services.AddOptions<SiteOptions>()
            .BindConfiguration(SiteOptions.Section)
            .Validate(SiteOptions.IsValid, "Site:BaseUrl must be an absolute http or https address without query, e.g. https://boneinfo.example.org")
            .ValidateOnStart();
        return services.AddSingleton<SiteUrls>();
    }
}
