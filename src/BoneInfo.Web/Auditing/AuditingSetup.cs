namespace BoneInfo.Web.Auditing;

public static class AuditingSetup
{
    public static IServiceCollection AddAuditing(this IServiceCollection services) => services
        .AddScoped<AuditLog>()
        .AddScoped<AuditQuery>();
}
