using System.Data.Common;

namespace DefenceTies.Tests.Infrastructure;

/// <summary>The plan a database makes for a command, one line per step, as plan tests read it.</summary>
public static class QueryPlans
{
    /// <summary>
    /// Explains <paramref name="command"/> (on its open connection) without running it: PostgreSQL's
    /// <c>EXPLAIN</c> lines, or SQLite's <c>EXPLAIN QUERY PLAN</c> detail column.
    /// </summary>
    public static async Task<List<string>> ExplainAsync(DbCommand command, bool postgres)
    {
        command.CommandText = (postgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + command.CommandText;
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(postgres ? reader.GetString(0) : reader.GetString(3));
        }

        return lines;
    }
}
