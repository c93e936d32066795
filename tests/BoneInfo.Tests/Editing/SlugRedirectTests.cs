using System.Net;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Accounts;
using BoneInfo.Web.Data;
using BoneInfo.Web.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoneInfo.Tests.Editing;

[Trait("Category", "Integration")]
public sealed class SlugRedirectTests(TestContentFactory app) : IClassFixture<TestContentFactory>
{
    [Fact]
    public async Task ARenamedArticleKeepsItsOldAddressWorkingWithA301()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>();
            var editorial = scope.ServiceProvider.GetRequiredService<EditorialService>();
            var publisher = scope.ServiceProvider.GetRequiredService<Publisher>();
            var article = await db.Articles.AsNoTracking().SingleAsync(a => a.Slug == "sample-condition");
            var saved = await editorial.SaveDraftAsync(
                new DraftChange(article.Id, article.Version, article.ToContent() with { Slug = "renamed-condition" }, "Rename"),
                new Editor(101, "Writer", UserRole.Writer));
            Assert.Equal(EditOutcome.Published, (await publisher.PublishAsync(article.Id, saved.Version!.Value, new Editor(102, "Reviewer", UserRole.Reviewer))).Outcome);
        }

        var (response, _) = await app.GetPageAsync("/conditions/sample-condition");
        var (renamed, page) = await app.GetPageAsync("/conditions/renamed-condition");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/conditions/renamed-condition", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal("Sample bone condition", page.QuerySelector("h1")!.TextContent);
    }
}
