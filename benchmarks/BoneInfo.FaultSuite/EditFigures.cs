namespace BoneInfo.FaultSuite;

/// <summary>Saves: what the editors were told, and what the database holds of the ones they were told were saved.</summary>
public sealed record SaveFigures(
    IReadOnlyList<SaveStep> Steps,
    IReadOnlyDictionary<Told, int> Told,
    int Acknowledged,
    int AcknowledgedWithRevision,
    int Found,
    IReadOnlyList<SaveStep> Lost,
    int RevisionMismatches,
    int UnansweredButSaved)
{
    public int Sent => Steps.Count;

    public static SaveFigures From(IReadOnlyList<SaveStep> saves, DatabaseFindings findings)
    {
        var byToken = findings.Revisions.ToDictionary(r => r.Token);
        var acknowledged = saves.Where(s => s.Told == FaultSuite.Told.Done).ToList();
        var found = acknowledged.Where(s => byToken.TryGetValue(s.Token, out var r) && r.ArticleId == s.ArticleId).ToList();
        return new SaveFigures(
            saves,
            Count(saves.Select(s => s.Told)),
            acknowledged.Count,
            acknowledged.Count(s => s.Revision is not null),
            found.Count,
            acknowledged.Except(found).ToList(),
            found.Count(s => s.Revision is { } shown && byToken[s.Token].Number != shown),
            saves.Count(s => s.Told == FaultSuite.Told.NoAnswer && byToken.ContainsKey(s.Token)));
    }

    public static IReadOnlyDictionary<Told, int> Count(IEnumerable<Told> told) =>
        told.GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
}

/// <summary>
/// Publishes: presses of Publish (a double click is two), what they were told, and what the database shows: each
/// acknowledged publish's revision marked published, and no revision published twice (the audit log has one
/// "publish" entry per publish).
/// </summary>
public sealed record PublishFigures(
    IReadOnlyList<PublishStep> Steps,
    int DoubleClicks,
    IReadOnlyDictionary<Told, int> Told,
    int RevisionsPublished,
    int AuditEntries,
    IReadOnlyList<RepeatedPublish> Repeated,
    IReadOnlyList<PublishStep> AcknowledgedNotPublished)
{
    public int Presses => Steps.Count;
    public int Acknowledged => Told.GetValueOrDefault(FaultSuite.Told.Done);

    public static PublishFigures From(IReadOnlyList<PublishStep> presses, DatabaseFindings findings)
    {
        var published = findings.Revisions.Where(r => r.Published).Select(r => (r.ArticleId, r.Number)).ToHashSet();
        return new PublishFigures(
            presses,
            presses.Where(p => p.DoubleClick).Select(p => (p.Editor, p.At)).Distinct().Count(),
            SaveFigures.Count(presses.Select(p => p.Told)),
            published.Count,
            findings.PublishAuditEntries,
            findings.RepeatedPublishes,
            presses.Where(p => p.Told == FaultSuite.Told.Done && !published.Contains((p.ArticleId, p.Revision))).ToList());
    }
}
