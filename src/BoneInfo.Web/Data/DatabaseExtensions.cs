using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace BoneInfo.Web.Data;

internal static class DatabaseExtensions
{
    /// <summary>Runs a scalar COUNT query on the context's connection (EF Core 6 has no SqlQuery for scalars).</summary>
    public static async Task<int> SqlQueryCount(this DatabaseFacade database, string sql, CancellationToken cancellationToken)
    {
        var connection = database.GetDbConnection();
        var wasClosed = connection.State != System.Data.ConnectionState.Open;
        if (wasClosed)
        {
            await database.OpenConnectionAsync(cancellationToken);
        }
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = database.CurrentTransaction?.GetDbTransaction();
            return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            if (wasClosed)
            {
                await database.CloseConnectionAsync();
            }
        }
    }
}
