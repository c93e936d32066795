using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace BoneInfo.Web.Caching;

public static class CachingSetup
{
    /// <summary>Output caching of public pages, Brotli and gzip compression, and the eviction service.</summary>
    public static IServiceCollection AddCaching(this IServiceCollection services)
    {
        services.AddOutputCache(options => options.AddPolicy(PublicPageCachePolicy.Name, new PublicPageCachePolicy()));
        services.AddResponseCompression(options =>
        {
            // Safe over HTTPS because CacheHeaders switches it off wherever a page can carry a secret.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "application/atom+xml", "application/problem+json"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services.AddSingleton<PageCache>();
    }

    /// <summary>Fingerprinted files (<c>?v=</c> from asp-append-version) never change under the same address.</summary>
    public static StaticFileOptions StaticFiles() => new()
    {
        OnPrepareResponse = context =>
        {
            if (context.Context.Request.Query.ContainsKey("v"))
            {
                context.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            }
        },
    };
}
