using System.Net;
using BoneInfo.Tests.Editing;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Accounts;
using BoneInfo.Web.Editing;
using Microsoft.Extensions.DependencyInjection;

namespace BoneInfo.Tests.PublicApi;

[Trait("Category", "Integration")]
public sealed class RenamedConditionTests(TestContentFactory app) : IClassFixture<TestContentFactory>
{
    private static readonly Editor Writer = new(-1, "API writer", UserRole.Writer);
    private static readonly Editor Reviewer = new(-2, "API reviewer", UserRole.Reviewer);

    [Fact]
    public async Task ARenamedArticlesOldSlugAnswers301WithTheNewAddress()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var editorial = scope.ServiceProvider.GetRequiredService<EditorialService>();
            var publisher = scope.ServiceProvider.GetRequiredService<Publisher>();
            var first = await editorial.SaveDraftAsync(new DraftChange(null, 0, EditorSite.SampleContent("api-old-name"), "First"), Writer);
            var published = await publisher.PublishAsync(first.ArticleId!.Value, first.Version!.Value, Reviewer);
            var renamed = await editorial.SaveDraftAsync(new DraftChange(first.ArticleId, published.Version!.Value, EditorSite.SampleContent("api-new-name"), "Renamed"), Writer);
            await publisher.PublishAsync(first.ArticleId.Value, renamed.Version!.Value, Reviewer);
        }

        var (response, _) = await ApiClient.GetJsonAsync(app, "/api/conditions/api-old-name");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/api/conditions/api-new-name", response.Headers.Location!.OriginalString);
    }
}
