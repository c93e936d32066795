using System.Net;
using System.Text.Json;
using BoneInfo.Tests.Editing;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Accounts;
using BoneInfo.Web.Auditing;
using BoneInfo.Web.Data;
using BoneInfo.Web.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoneInfo.Tests.Platform;

/// <summary>
/// Two web nodes on real Kestrel over one PostgreSQL database, each with its own search index file, as behind a
/// load balancer: what one node publishes the other serves and finds, a cookie one issues the other accepts, and a
/// scheduled publish fires once.
/// </summary>
[Trait("Category", "Integration")]
public sealed class TwoNodeTests : IPostgreSqlTests, IAsyncLifetime, IDisposable
{
    private const string Writer = "writer@boneinfo.test", Reviewer = "reviewer@boneinfo.test";
    private readonly BoneInfoFactory _a = new(RepoPaths.TestContent, DatabaseProvider.PostgreSql);
    private readonly BoneInfoFactory _b = new(RepoPaths.TestContent, DatabaseProvider.PostgreSql);
    private Uri _urlA = null!, _urlB = null!;

    public async Task InitializeAsync()
    {
        if (PostgreSqlServer.SkipReason is not null)
        {
            return;
        }
        _urlA = _a.StartOnKestrel();
        _b.PostgreSqlConnectionString = _a.PostgreSqlConnectionString;
        _urlB = _b.StartOnKestrel();
        await TestUsers.AddAsync(_a, Writer, UserRole.Writer);
        await TestUsers.AddAsync(_a, Reviewer, UserRole.Reviewer);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _a.Dispose();
        _b.Dispose();
    }

    [DatabaseFact]
    public async Task WhatNodeAPublishesNodeBServesAndFindsWithinFiveSeconds()
    {
        var writer = await TestUsers.SignedInClientAsync(_urlA, Writer);
        var reviewer = await TestUsers.SignedInClientAsync(_urlA, Reviewer);
        var id = await EditorSite.NewArticleAsync(writer, "two-nodes", "## Overview\n\nThe word quasicrystalline is only here [1](#ref-1)[2](#ref-2).");
        await EditorSite.PostEditAsync(writer, EditorRoutes.Edit(id), [], "submit");
        var published = await EditorSite.PostEditAsync(reviewer, EditorRoutes.Edit(id), [], "publish");
        Assert.EndsWith("?done=published", published.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var publishedAt = DateTime.UtcNow;

        using var reader = TestUsers.PortClient(_urlB, new CookieJar());
        var found = false;
        while (!found && DateTime.UtcNow - publishedAt < TimeSpan.FromSeconds(5))
        {
            var response = await reader.GetStringAsync("/api/search?q=quasicrystalline");
            found = JsonDocument.Parse(response).RootElement.GetProperty("results").EnumerateArray().Any(r => r.GetProperty("slug").GetString() == "two-nodes");
            await Task.Delay(found ? 0 : 200);
        }
        Assert.True(found, "node B did not find the article published on node A within 5 s");
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/conditions/two-nodes")).StatusCode);
    }

    [DatabaseFact]
    public async Task ACookieIssuedByNodeAIsAcceptedByNodeB()
    {
        var jar = new CookieJar();
        await TestUsers.SignedInClientAsync(_urlA, Reviewer, jar);
        using var onB = TestUsers.PortClient(_urlB, jar);

        var admin = await onB.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        // An antiforgery token from A's page posts on B too (same key ring): a signed-in form post, not a 400.
        var page = await EditorSite.GetPageAsync(TestUsers.PortClient(_urlA, jar), EditorRoutes.New);
        var fields = EditorSite.EditorFields(page);
        fields["Command"] = "preview";
        Assert.NotEqual(HttpStatusCode.BadRequest, (await onB.PostAsync(EditorRoutes.New, new FormUrlEncodedContent(fields))).StatusCode);
    }

    [DatabaseFact]
    public async Task AScheduledPublishDueOnBothNodesAtOnceIsPublishedAndAuditedOnce()
    {
        var writer = await TestUsers.SignedInClientAsync(_urlA, Writer);
        var id = await EditorSite.NewArticleAsync(writer, "scheduled-once");
        await using (var scope = _a.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>();
            var reviewerId = await db.Users.Where(u => u.Email == Reviewer).Select(u => u.Id).SingleAsync();
            var due = DateTime.UtcNow.AddSeconds(-1);
            await db.Articles.Where(a => a.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(a => a.ScheduledPublishAt, due).SetProperty(a => a.ScheduledById, reviewerId));
        }

        // Both nodes' schedule checks at the same instant, several times each (their timers run as well).
        var published = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => PublishDueAsync(i % 2 == 0 ? _a : _b)));

        await using var check = _b.Services.CreateAsyncScope();
        var audit = check.ServiceProvider.GetRequiredService<BoneInfoDbContext>().AuditLog;
        Assert.Equal(1, await audit.CountAsync(e => e.Action == AuditActions.Publish && e.Target == "scheduled-once"));
        Assert.InRange(published.Sum(), 0, 1); // 0 if a background check on either node came first
        Assert.Equal(HttpStatusCode.OK, (await TestUsers.PortClient(_urlB, new CookieJar()).GetAsync("/conditions/scheduled-once")).StatusCode);
    }

    private static async Task<int> PublishDueAsync(BoneInfoFactory node)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Publisher>().PublishDueAsync();
    }
}
