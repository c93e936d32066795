using System.Net;
using BoneInfo.Web.Editing;

namespace BoneInfo.Tests.Editing;

[Trait("Category", "Integration")]
public sealed class BadInputTests(EditorSite site) : IClassFixture<EditorSite>
{
    [Theory]
    [InlineData("Form.StructuredData", "references: 5")]
    [InlineData("Form.StructuredData", "- just\n- a list")]
    [InlineData("Form.StructuredData", "codes: {system: ORPHA}")]
    [InlineData("Form.StructuredData", "references:\n  - id: 99999999999999999999\n")]
    [InlineData("Form.StructuredData", "references:\n  - id: abc\n")]
    [InlineData("Form.StructuredData", "a: &a [x, *a]")]
    [InlineData("Form.StructuredData", "\"unclosed")]
    [InlineData("Form.Kind", "poem")]
    [InlineData("Form.Reviewed", "21/11/2026")]
    [InlineData("Form.Related", "Not A Slug")]
    [InlineData("Form.Title", "Brittle\u0001 bones")]
    [InlineData("Form.Summary", "Pasted from a terminal\u001B[0m.")]
    public async Task MalformedFieldsAreRefusedWithAMessageAndNeverA500(string field, string value)
    {
        var (_, page) = await site.RefusedSaveAsync("bad-" + Guid.NewGuid().ToString("N"), new() { [field] = value });

        Assert.NotNull(EditorSite.ErrorFor(page, field["Form.".Length..]));
    }

    [Theory]
    [InlineData("Form.Version", "not a number")]
    [InlineData("PublishAt", "next tuesday")]
    [InlineData("Command", "delete-everything")]
    public async Task AFormThatDoesNotBindIsA400WithTheTextKept(string field, string value)
    {
        var writer = await site.SignInAsync(EditorSite.Writer);
        var id = await EditorSite.NewArticleAsync(writer, "unbound-" + field.Replace('.', '-').ToLowerInvariant());
        var fields = EditorSite.EditorFields(await EditorSite.GetPageAsync(writer, EditorRoutes.Edit(id)));
        fields["Command"] = "save";
        fields["Form.Body"] = "Kept words";
        fields[field] = value;

        var response = await writer.PostAsync(EditorRoutes.Edit(id), new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await EditorSite.ReadAsync(response);
        Assert.Equal("Kept words", EditorSite.FieldValue(page, "Body")!.Trim());
        Assert.NotNull(page.QuerySelector(".error-summary"));
    }

    [Fact]
    public async Task AnArticleThatDoesNotExistIsA404ToReadAndToSave()
    {
        var writer = await site.SignInAsync(EditorSite.Writer);
        var fields = EditorSite.EditorFields(await EditorSite.GetPageAsync(writer, EditorRoutes.New));
        fields["Command"] = "save";

        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync(EditorRoutes.Edit(987654))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await writer.PostAsync(EditorRoutes.Edit(987654), new FormUrlEncodedContent(fields))).StatusCode);
    }

    [Fact]
    public async Task ANullCharacterInAFieldComesBackMarkedWithAMessageInsteadOfAnUnreadableForm()
    {
        var writer = await site.SignInAsync(EditorSite.Writer);
        var id = await EditorSite.NewArticleAsync(writer, "null-character");
        var fields = EditorSite.EditorFields(await EditorSite.GetPageAsync(writer, EditorRoutes.Edit(id)));
        fields["Command"] = "save";
        fields["Form.Title"] = "Brittle\0bones";
        fields["Form.Body"] = "Kept words [1](#ref-1) [2](#ref-2)";

        var response = await writer.PostAsync(EditorRoutes.Edit(id), new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await EditorSite.ReadAsync(response);
        Assert.Equal("Brittle\uFFFDbones", EditorSite.FieldValue(page, "Title"));
        Assert.Equal(fields["Form.Body"], EditorSite.FieldValue(page, "Body")!.Trim());
        Assert.Contains("U+FFFD", EditorSite.ErrorFor(page, "Title"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFormTooLargeToReadIsA400ThatSaysSo()
    {
        var writer = await site.SignInAsync(EditorSite.Writer);
        var fields = EditorSite.EditorFields(await EditorSite.GetPageAsync(writer, EditorRoutes.New));
        fields["Form.Body"] = new string('a', 5 * 1024 * 1024); // over the 4 MB a form value may have

        var response = await writer.PostAsync(EditorRoutes.New, new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("That request could not be understood", (await EditorSite.ReadAsync(response)).QuerySelector("h1")!.TextContent);
    }
}
