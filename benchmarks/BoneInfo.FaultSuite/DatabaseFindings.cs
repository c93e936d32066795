using System.Data.Common;
using System.Globalization;

namespace BoneInfo.FaultSuite;

/// <summary>A revision the suite's editors saved, found by the change summary each save carries (its token).</summary>
public sealed record FoundRevision(int ArticleId, int Number, string Token, bool Published);

/// <summary>The same revision published more than once, according to the audit log.</summary>
public sealed record RepeatedPublish(string Slug, string Revision, int Times);

/// <summary>What the database holds after the run, read with plain SQL (the same on SQLite and PostgreSQL).</summary>
public sealed record DatabaseFindings(
    IReadOnlyList<FoundRevision> Revisions,
    int PublishAuditEntries,
    IReadOnlyList<RepeatedPublish> RepeatedPublishes,
    string Integrity)
{
    /// <summary>The prefix of every change summary the suite writes; nothing else in the app writes it.</summary>
    public const string TokenPrefix = "fault-suite ";

    public static async Task<DatabaseFindings> ReadAsync(DbConnection connection, string integrity)
    {
        var revisions = new List<FoundRevision>();
        await using (var command = Command(connection,
            $"""SELECT "ArticleId", "Number", "ChangeSummary", "PublishedAt" FROM "Revisions" WHERE "ChangeSummary" LIKE '{TokenPrefix}%'"""))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                revisions.Add(new FoundRevision(reader.GetInt32(0), reader.GetInt32(1), reader.GetString(2), !reader.IsDBNull(3)));
            }
        }
        var repeated = new List<RepeatedPublish>();
        var publishes = 0;
        await using (var command = Command(connection,
            """SELECT "Target", "Detail", COUNT(*) FROM "AuditLog" WHERE "Action" = 'publish' GROUP BY "Target", "Detail" """))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var times = Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture);
                publishes += times;
                if (times > 1)
                {
                    repeated.Add(new RepeatedPublish(reader.GetString(0), reader.IsDBNull(1) ? "" : reader.GetString(1), times));
                }
            }
        }
        return new DatabaseFindings(revisions, publishes, repeated, integrity);
    }

    public static async Task<string> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = Command(connection, sql);
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) ?? "";
    }

    private static DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }
}
