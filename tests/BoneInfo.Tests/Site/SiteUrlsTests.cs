using BoneInfo.Web.Site;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace BoneInfo.Tests.Site;

[Trait("Category", "Unit")]
public sealed class SiteUrlsTests
{
    [Theory]
    [InlineData("https://boneinfo.example.org", "https://boneinfo.example.org/conditions/x")]
    [InlineData("https://boneinfo.example.org/", "https://boneinfo.example.org/conditions/x")]
    [InlineData("", "http://localhost:5080/conditions/x")]
    public void AddressesStartWithTheConfiguredBaseUrlOrElseTheRequestsOwn(string baseUrl, string expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("localhost:5080");
        var urls = new SiteUrls(Options.Create(new SiteOptions { BaseUrl = baseUrl }), new HttpContextAccessor { HttpContext = context });

        Assert.Equal(expected, urls.Absolute("/conditions/x"));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("https://boneinfo.example.org", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("boneinfo.example.org", false)]
    [InlineData("ftp://boneinfo.example.org", false)]
    [InlineData("https://boneinfo.example.org/?x=1", false)]
    public void ABaseUrlThatIsNotAnAbsoluteWebAddressIsRefusedAtStart(string baseUrl, bool valid) =>
        Assert.Equal(valid, SiteOptions.IsValid(new SiteOptions { BaseUrl = baseUrl }));
}
