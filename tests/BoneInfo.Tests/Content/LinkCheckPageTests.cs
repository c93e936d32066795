using AngleSharp.Html.Parser;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Accounts;
using BoneInfo.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoneInfo.Tests.Content;

/// <summary>/admin/links lists internal links in published articles that land nowhere.</summary>
[Trait("Category", "Integration")]
public sealed class LinkCheckPageTests : IAsyncLifetime, IDisposable
{
    private readonly RealContentFactory _app = new();
    private HttpClient _writer = null!;

    public async Task InitializeAsync()
    {
        await TestUsers.AddAsync(_app, "writer@boneinfo.test", UserRole.Writer);
        _writer = await TestUsers.SignedInClientAsync(_app, "writer@boneinfo.test");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task TheLibraryHasNoBrokenLinksAndThePageSaysSo()
    {
        var page = new HtmlParser().ParseDocument(await _writer.GetStringAsync("/admin/links"));

        Assert.Equal($"No broken links in {ContentLibrary.Articles.Count} published articles.", page.QuerySelector("main [role=status]")!.TextContent.Trim());
    }

    [Fact]
    public async Task ABrokenLinkIsListedWithItsArticleAndTheProblem()
    {
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>();
            var article = await db.Articles.SingleAsync(a => a.Slug == "osteopetrosis");
            article.Edit(article.ToContent() with { Body = article.Body + "\n\nSee [treatment](/conditions/hypophosphatasia#no-such-section)." }, DateTime.UtcNow);
            await db.SaveChangesAsync();
        }

        var page = new HtmlParser().ParseDocument(await _writer.GetStringAsync("/admin/links"));

        var cells = page.QuerySelectorAll("table.links tbody tr td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["Osteopetrosis", "/conditions/hypophosphatasia#no-such-section", "no heading 'no-such-section' in hypophosphatasia"], cells);
        Assert.Equal("/conditions/osteopetrosis", page.QuerySelector("table.links tbody a")!.GetAttribute("href"));
    }
}
