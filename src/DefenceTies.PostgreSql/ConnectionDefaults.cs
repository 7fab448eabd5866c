using System.Data.Common;

namespace DefenceTies.PostgreSql;

/// <summary>
/// What this package adds to a connection string it is given, each only where the string does not
/// already say it. Both come from measuring the headline questions (docs/performance.md).
/// </summary>
internal static class ConnectionDefaults
{
    /// <summary>
    /// Statements kept prepared per connection (<c>Max Auto Prepare</c>): room for every query the
    /// library sends (about 40 distinct shapes) and some of the application's own. Most of the time
    /// of a small PostgreSQL query is planning it; Npgsql prepares a statement once it has run five
    /// times on a connection, and it is then only executed.
    /// </summary>
    internal const int MaxPreparedStatements = 64;

    /// <summary>
    /// Server settings for the session (<c>Options</c>). Parallel Append lets PostgreSQL start
    /// workers for the branches of a <c>UNION ALL</c> such as the relationship timeline; with the
    /// planner's average estimate for a nation's ties (thousands of rows at a million agreements)
    /// it does so for answers of a few dozen rows, and starting the workers costs ten times the
    /// query (measured 17 ms against 1.8 ms at 1M agreements). No DefenceTies query needs it.
    /// </summary>
    internal const string SessionOptions = "-c enable_parallel_append=off";

    /// <summary><paramref name="connectionString"/> with <c>Max Auto Prepare</c> and <c>Options</c> set where it does not set them.</summary>
    internal static string Apply(string connectionString)
    {
        // A plain builder keeps every other keyword as written; Npgsql checks them when it connects.
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var changed = false;
        changed |= SetUnlessGiven(builder, "Max Auto Prepare", MaxPreparedStatements);
        changed |= SetUnlessGiven(builder, "Options", SessionOptions);
        return changed ? builder.ConnectionString : connectionString;
    }

    private static bool SetUnlessGiven(DbConnectionStringBuilder builder, string keyword, object value)
    {
        var bare = Bare(keyword);
        foreach (string key in builder.Keys)
        {
            if (Bare(key) == bare)
            {
                return false;
            }
        }

        builder[keyword] = value;
        return true;
    }

    private static string Bare(string keyword) => keyword.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
}
