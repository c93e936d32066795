namespace BoneInfo.Web.Hosting;

public static class TransportSecuritySetup
{
    /// <summary>
    /// HSTS for a year, subdomains included (ASVS 14.4.5). <c>UseHsts</c> sends it outside Development on https
    /// requests to any host but localhost; behind a TLS-terminating proxy the request is https only when forwarded
    /// headers are enabled (<c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c>, see docs/operations.md).
    /// </summary>
    public static IServiceCollection AddTransportSecurity(this IServiceCollection services) =>
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
}
