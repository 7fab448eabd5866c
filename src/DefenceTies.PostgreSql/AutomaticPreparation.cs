using System.Data.Common;

namespace DefenceTies.PostgreSql;

/// <summary>
/// Npgsql's automatic preparation, on by default for connection strings given to this package.
/// Most of the time of a small PostgreSQL query is planning it; a prepared statement is planned
/// once per physical connection and then only executed. Npgsql prepares a statement once it has
/// run <c>Auto Prepare Min Usages</c> times (5 by default) and keeps at most
/// <c>Max Auto Prepare</c> of them per connection, evicting the least used.
/// </summary>
internal static class AutomaticPreparation
{
    /// <summary>
    /// Statements kept prepared per connection: room for every query the library sends
    /// (about 40 distinct shapes) and some of the application's own.
    /// </summary>
    internal const int MaxPreparedStatements = 64;

    private const string Keyword = "Max Auto Prepare";

    /// <summary>
    /// <paramref name="connectionString"/> with <c>Max Auto Prepare</c> set, unless it says already
    /// how many statements to prepare (<c>Max Auto Prepare=0</c> turns preparation off, as behind a
    /// pooler that cannot keep prepared statements).
    /// </summary>
    internal static string Enable(string connectionString)
    {
        // A plain builder keeps every other keyword as written; Npgsql checks them when it connects.
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        foreach (string key in builder.Keys)
        {
            if (string.Equals(key.Replace(" ", string.Empty, StringComparison.Ordinal), "MaxAutoPrepare", StringComparison.OrdinalIgnoreCase))
            {
                return connectionString;
            }
        }

        builder[Keyword] = MaxPreparedStatements;
        return builder.ConnectionString;
    }
}
