using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Data;

/// <summary>What a failed write means, whichever database said it.</summary>
public static class DatabaseErrors
{
    /// <summary>
    /// A write that broke a unique index: SQLSTATE 23505 on PostgreSQL, SQLITE_CONSTRAINT_UNIQUE (2067) on SQLite.
    /// On PostgreSQL two saves of one article that read the same newest revision both number theirs after it, and
    /// the second to commit breaks the (article, number) index.
    /// </summary>
    public static bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is DbException { SqlState: "23505" } or SqliteException { SqliteExtendedErrorCode: 2067 };
}
