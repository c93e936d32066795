using Serilog;

namespace BoneInfo.Web.Hosting;

public static class LoggingSetup
{
    /// <summary>Serilog, configured from the "Serilog" section of appsettings, behind ILogger.</summary>
    public static WebApplicationBuilder AddBoneInfoLogging(this WebApplicationBuilder builder)
    {
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
        return builder;
    }
}
