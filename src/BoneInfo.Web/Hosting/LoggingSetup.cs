using Serilog;
using Serilog.Events;

namespace BoneInfo.Web.Hosting;

public static class LoggingSetup
{
    /// <summary>The one line written per request; <c>ElapsedMs</c> keeps the property name the logs have always had.</summary>
    public const string RequestMessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {ElapsedMs:0.0} ms";

    /// <summary>
    /// Serilog behind ILogger, configured from the "Serilog" section of the app's configuration (appsettings.json,
    /// environment, command line) when the host starts. Each host has its own logger, disposed with it; the static
    /// <see cref="Log.Logger"/> is left alone, so hosts side by side (tests) do not share or close one another's.
    /// </summary>
    public static WebApplicationBuilder AddBoneInfoLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(services.GetRequiredService<IConfiguration>())
                .Enrich.FromLogContext(),
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>
    /// One structured line per request (Serilog.AspNetCore's request logging): method, path, status and elapsed
    /// milliseconds; Error for a 5xx or an exception, Information otherwise.
    /// </summary>
    public static WebApplication UseBoneInfoRequestLogging(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<Serilog.ILogger>();
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = logger;
            options.MessageTemplate = RequestMessageTemplate;
            options.GetMessageTemplateProperties = static (context, path, elapsedMs, status) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
                new LogEventProperty("RequestPath", new ScalarValue(path)),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("ElapsedMs", new ScalarValue(elapsedMs)),
            ];
        });
        return app;
    }
}
