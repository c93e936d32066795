using System.Net;
using System.Text.Json;
using BoneInfo.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace BoneInfo.Tests.Search;

[Trait("Category", "Integration")]
public sealed class RateLimitTests
{
    private sealed class StrictFactory() : BoneInfoFactory(RepoPaths.TestContent)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Search:RateLimit:PermitLimit", "3");
            builder.UseSetting("Search:RateLimit:WindowSeconds", "60");
        }
    }

    [Fact]
    public async Task TooManySearchesGet429WithWhenToRetry()
    {
        await using var app = new StrictFactory();
        using var client = app.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=bone")).StatusCode);
        }
        var refused = await client.GetAsync("/api/suggest?q=bo");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        using var json = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Contains("seconds", json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/conditions")).StatusCode);
    }
}
