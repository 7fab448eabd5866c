using System.Data.Common;
using System.Globalization;

namespace DefenceTies.PostgreSql;

/// <summary>
/// The connection-string settings of <c>UseDefenceTiesSessionSettings</c>, applied only when an
/// application asks for them, and then only where its connection string does not already say
/// them. Both come from measuring the headline questions (docs/performance.md).
/// </summary>
internal static class SessionSettings
{
    /// <summary>
    /// Statements kept prepared per connection (<c>Max Auto Prepare</c>): room for every query the
    /// library sends (about 40 distinct shapes) and some of the application's own. Most of the time
    /// of a small PostgreSQL query is planning it; Npgsql prepares a statement once it has run five
    /// times on a connection, and it is then only executed.
    /// </summary>
    internal const int MaxPreparedStatements = 64;

    /// <summary>
    /// The server setting for the session (in <c>Options</c>). Parallel Append lets PostgreSQL start
    /// workers for the branches of a <c>UNION ALL</c> such as the relationship timeline; with the
    /// planner's average estimate for a nation's ties (thousands of rows at a million agreements)
    /// it does so for answers of a few dozen rows, and starting the workers costs ten times the
    /// query (measured 17 ms against 1.8 ms at 1M agreements). No DefenceTies query needs it.
    /// </summary>
    internal const string ParallelAppendOff = "-c enable_parallel_append=off";

    private const string MaxAutoPrepareKeyword = "Max Auto Prepare";
    private const string OptionsKeyword = "Options";
    private const string ParallelAppend = "enable_parallel_append";

    /// <summary>
    /// <paramref name="connectionString"/> with <c>Max Auto Prepare=64</c> unless it names
    /// <c>Max Auto Prepare</c>, and with <c>-c enable_parallel_append=off</c> in <c>Options</c>
    /// unless its <c>Options</c> set <c>enable_parallel_append</c> (other options are kept, and the
    /// setting is added after them). Returned as it is when there is nothing to add.
    /// </summary>
    internal static string Apply(string connectionString)
    {
        // A plain builder keeps every other keyword as written; Npgsql checks them when it connects.
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var changed = false;
        if (Find(builder, MaxAutoPrepareKeyword) is null)
        {
            builder[MaxAutoPrepareKeyword] = MaxPreparedStatements;
            changed = true;
        }

        var optionsKey = Find(builder, OptionsKeyword);
        var options = optionsKey is null ? string.Empty : Convert.ToString(builder[optionsKey], CultureInfo.InvariantCulture) ?? string.Empty;
        if (!SetsParallelAppend(options))
        {
            builder[optionsKey ?? OptionsKeyword] = options.Trim().Length == 0 ? ParallelAppendOff : $"{options.Trim()} {ParallelAppendOff}";
            changed = true;
        }

        return changed ? builder.ConnectionString : connectionString;
    }

    // PostgreSQL reads "-c enable_parallel_append=..." and "--enable-parallel-append=..." alike.
    private static bool SetsParallelAppend(string options) =>
        options.Replace('-', '_').Contains(ParallelAppend, StringComparison.OrdinalIgnoreCase);

    /// <summary>The key <paramref name="keyword"/> is written as in the string (Npgsql ignores case and spaces), or <see langword="null"/>.</summary>
    private static string? Find(DbConnectionStringBuilder builder, string keyword)
    {
        var bare = Bare(keyword);
        foreach (string key in builder.Keys)
        {
            if (Bare(key) == bare)
            {
                return key;
            }
        }

        return null;
    }

    private static string Bare(string keyword) => keyword.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
}
