using Xunit.Abstractions;

namespace BoneInfo.Tests.Security.HostileInput;

/// <summary>
/// Every corpus string in every public query parameter and route value: never a server error, never the
/// string's markup (or a header, or a redirect off the site) in the response.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PublicHostileInputTests(HostileSite.App app, ITestOutputHelper output) : IClassFixture<HostileSite.App>
{
    /// <summary>Address, parameter, and the rest of the query it is sent with.</summary>
    public static readonly (string Path, string Parameter, string Before)[] QueryParameters =
    [
        ("/search", "q", ""),
        ("/search", "exact", "q=bone&"),
        ("/symptoms", "findings", ""),
        ("/symptoms", "add", ""),
        ("/conditions", "q", ""),
        ("/api/search", "q", ""),
        ("/api/search", "limit", "q=bone&"),
        ("/api/suggest", "q", ""),
        ("/api/conditions", "page", ""),
        ("/api/conditions", "pageSize", ""),
        ("/account/signin", "ReturnUrl", ""),
    ];

    /// <summary>Addresses that take no parameter: they must ignore one (and a hostile parameter name).</summary>
    public static readonly string[] FixedPages = ["/", "/glossary", "/genes", "/es/conditions", "/sitemap.xml", "/feed.atom", "/api"];

    /// <summary>Route templates; {} is where the string goes, as one percent-encoded path segment.</summary>
    public static readonly string[] RouteValues =
        ["/conditions/{}", "/es/conditions/{}", "/genes/{}", "/api/conditions/{}", "/api/{}", "/error/{}", "/{}"];

    [Fact]
    public async Task EveryQueryParameterAnswersEveryHostileStringWithoutAServerErrorOrItsMarkup()
    {
        var client = new RawClient(app.Server);
        var report = new SweepReport();
        var requests = from p in QueryParameters from s in HostileCorpus.All select (Name: $"GET {p.Path} {p.Parameter}", Path: p.Path, Query: $"{p.Before}{p.Parameter}={s.Encoded}", Input: s);

        await report.RunAsync(requests, r => r.Name, r => r.Input, async r => report.Record(r.Name, r.Input, await client.GetAsync(r.Path, r.Query)));

        report.AssertClean(output);
    }

    [Fact]
    public async Task EveryRouteValueAnswersEveryHostileStringWithoutAServerErrorOrItsMarkup()
    {
        var client = new RawClient(app.Server);
        var report = new SweepReport();
        var requests = from route in RouteValues from s in HostileCorpus.All select (Name: $"GET {route}", Path: route.Replace("{}", s.Encoded, StringComparison.Ordinal), Input: s);

        await report.RunAsync(requests, r => r.Name, r => r.Input, async r => report.Record(r.Name, r.Input, await client.GetAsync(r.Path)));

        report.AssertClean(output);
    }

    /// <summary>
    /// Pages without parameters get the strings 25 at a time, each as a parameter's name and value (long ones alone);
    /// a batch that fails is sent again one string at a time, so the failure names its string.
    /// </summary>
    [Fact]
    public async Task PagesWithoutParametersIgnoreHostileOnesInNameAndValue()
    {
        var client = new RawClient(app.Server);
        var report = new SweepReport();
        var batches = HostileCorpus.All.Where(s => s.Encoded.Length > 2_000).Select(s => new[] { s })
            .Concat(HostileCorpus.All.Where(s => s.Encoded.Length <= 2_000).Chunk(25)).ToList();
        var requests = from page in FixedPages from batch in batches select (Name: $"GET {page} (parameter name and value)", Path: page, Batch: batch);

        await report.RunAsync(requests, r => r.Name, r => r.Batch[0], async r =>
        {
            var response = await client.GetAsync(r.Path, Query(r.Batch));
            if (r.Batch.Length == 1 || SweepReport.IsClean(response))
            {
                report.RecordBatch(r.Name, r.Batch, response);
                return;
            }
            foreach (var s in r.Batch)
            {
                report.Record($"{r.Name} alone", s, await client.GetAsync(r.Path, Query([s])));
            }
        });

        report.AssertClean(output);
        Assert.All(FixedPages, page => Assert.Equal(HostileCorpus.All.Count, report.Count($"GET {page} (parameter name and value)", 2)));
    }

    private static string Query(IEnumerable<HostileString> batch) => string.Join('&', batch.Select(s => $"{s.Encoded}={s.Encoded}"));
}
