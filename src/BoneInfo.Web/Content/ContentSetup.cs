namespace BoneInfo.Web.Content;

public static class ContentSetup
{
    public static IServiceCollection AddContent(this IServiceCollection services)
    {
        services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.Section);
        return services.AddScoped<PublishedContent>();
    }
}
