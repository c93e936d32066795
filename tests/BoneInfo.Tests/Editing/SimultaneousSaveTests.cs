using System.Net;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Editing;

namespace BoneInfo.Tests.Editing;

[Trait("Category", "Integration")]
public sealed class SimultaneousSaveTestsOnSqlite(EditorSite site) : SimultaneousSaveTests<EditorSite>(site);

[Trait("Category", "Integration")]
public sealed class SimultaneousSaveTestsOnPostgreSql(PostgreSqlEditorSite site) : SimultaneousSaveTests<PostgreSqlEditorSite>(site), IPostgreSqlTests;

/// <summary>Saves of one article sent at the same moment, from the same loaded version, on each database provider.</summary>
public abstract class SimultaneousSaveTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : EditorSite
{
    [DatabaseFact]
    public async Task SavesSentTogetherFromOneVersionCommitOnceAndTheRestAreConflicts()
    {
        var writer = await site.SignInAsync(EditorSite.Writer);
        var reviewer = await site.SignInAsync(EditorSite.Reviewer);
        var id = await EditorSite.NewArticleAsync(writer, "saved-together");
        // Each editor's own page (its antiforgery token is theirs), both at the same version.
        var editors = new[] { writer, reviewer };
        var loaded = await Task.WhenAll(editors.Select(async e => EditorSite.EditorFields(await EditorSite.GetPageAsync(e, EditorRoutes.Edit(id)))));

        var saves = Enumerable.Range(1, 8).Select(i =>
        {
            var fields = new Dictionary<string, string>(loaded[i % 2])
            {
                ["Form.Body"] = $"## Overview\n\nWording number {i} of the overview [1](#ref-1)[2](#ref-2).",
                ["Command"] = "save",
            };
            return editors[i % 2].PostAsync(EditorRoutes.Edit(id), new FormUrlEncodedContent(fields));
        });
        var statuses = (await Task.WhenAll(saves)).Select(r => r.StatusCode).ToList();

        Assert.All(statuses, s => Assert.Contains(s, new[] { HttpStatusCode.SeeOther, HttpStatusCode.Conflict }));
        Assert.Single(statuses, HttpStatusCode.SeeOther);
        Assert.Equal(2, (await site.RevisionsAsync(id)).Count);
    }
}
