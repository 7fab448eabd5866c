using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using DefenceTies.Model;
using DefenceTies.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DefenceTies.Sqlite;

/// <summary>
/// SQLite's side of the model: GLOB instead of regular expressions (SQLite has none built in), the
/// default BINARY collation, and constraint errors read from SQLite's fixed English messages.
/// </summary>
internal sealed partial class SqliteProvider : DefenceTiesProvider
{
    public static SqliteProvider Instance { get; } = new();

    protected override string? OrdinalCollation => null;

    protected override string RepeatsCharacterRange(string column, string characterRange, int count) =>
        $"{column} GLOB '{string.Concat(Enumerable.Repeat($"[{characterRange}]", count))}'";

    // GLOB reads a text only up to its first NUL, so a NUL is looked for in the text's bytes.
    protected override string ContainsCharacterIn(string expression, IReadOnlyList<(int First, int Last)> ranges)
    {
        var glob = $"{expression} GLOB '*[' || {CodePoints(ranges)} || ']*'";
        return ranges.Count > 0 && ranges[0].First == 0 ? $"(instr(CAST({expression} AS BLOB), X'00') > 0 OR {glob})" : glob;
    }

    protected override string ContainsCharacterNotIn(string expression, IReadOnlyList<(int First, int Last)> ranges) =>
        $"{expression} GLOB '*[^' || {CodePoints(ranges)} || ']*'";

    // GLOB has no alternation, so the month and day ranges are spelled out with substr.
    protected override string PartialDateCheck(string column) =>
        $"{column} GLOB '[0-9][0-9][0-9][0-9]*' AND substr({column}, 1, 4) <> '0000' AND (length({column}) = 4 OR " +
        $"(length({column}) IN (7, 10) AND {column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' AND substr({column}, 6, 2) BETWEEN '01' AND '12' AND " +
        $"(length({column}) = 7 OR ({column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND substr({column}, 9, 2) BETWEEN '01' AND '31'))))";

    protected override bool TryReadConstraintError(
        DbException exception,
        out ConstraintKind kind,
        out string constraintName,
        out string? table,
        out IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.Message;
        table = null;
        columns = [];
        if (SqliteCheck().Match(message) is { Success: true } check)
        {
            kind = ConstraintKind.Check;
            constraintName = check.Groups["name"].Value;
            return true;
        }

        if (SqliteUniqueOrNotNull().Match(message) is { Success: true } m)
        {
            kind = m.Groups["kind"].Value == "UNIQUE" ? ConstraintKind.Unique : ConstraintKind.NotNull;
            var named = m.Groups["columns"].Value.Split(", ", StringSplitOptions.RemoveEmptyEntries);
            table = named[0].Split('.')[0];
            columns = [.. named.Select(c => c[(c.IndexOf('.', StringComparison.Ordinal) + 1)..])];
            constraintName = $"{kind.ToString().ToUpperInvariant()} {string.Join(", ", named)}";
            return true;
        }

        if (message.Contains("FOREIGN KEY constraint failed", StringComparison.Ordinal))
        {
            kind = ConstraintKind.ForeignKey;
            constraintName = "FOREIGN KEY";
            return true;
        }

        kind = default;
        constraintName = string.Empty;
        return false;
    }

    /// <summary>
    /// SQL for the text of a GLOB set's ranges: <c>char(1, 45, 31)</c> is U+0001-U+001F. The
    /// migration's SQL stays printable, and GLOB compares code points. A GLOB set cannot hold NUL (a
    /// pattern ends there), so a range starting at U+0000 starts at U+0001. A long set is spelled as
    /// several <c>char(...)</c> joined with <c>||</c>, each within SQLite's limit on a function's arguments.
    /// </summary>
    private static string CodePoints(IReadOnlyList<(int First, int Last)> ranges)
    {
        const int MaxArguments = 100;
        var codes = new List<int>();
        foreach (var (from, last) in ranges)
        {
            var first = Math.Max(from, 1);
            if (first > last)
            {
                continue;
            }

            // '-' spells a range, ']' ends the set, '^' first negates it: none may stand for itself.
            if ("-]^".Any(c => c == first || c == last))
            {
                throw new ArgumentException($"The range U+{first:X4}-U+{last:X4} starts or ends with a character GLOB sets cannot spell.", nameof(ranges));
            }

            codes.Add(first);
            if (last > first)
            {
                codes.Add('-');
                codes.Add(last);
            }
        }

        return codes.Count > 0
            ? string.Join(" || ", codes.Chunk(MaxArguments).Select(chunk => $"char({string.Join(", ", chunk.Select(c => c.ToString(CultureInfo.InvariantCulture)))})"))
            : throw new ArgumentException("A GLOB set needs a character other than NUL.", nameof(ranges));
    }

    /// <summary>
    /// Adds the DefenceTies services to options that already use SQLite, among them the history
    /// repository whose migration lock cannot outlive its process.
    /// </summary>
    internal static void Configure(DbContextOptionsBuilder optionsBuilder)
    {
        Configure(optionsBuilder, Instance);
        optionsBuilder.ReplaceService<IHistoryRepository, SqliteMigrationHistoryRepository>();
    }

    /// <summary>Refuses unknown migrations in the history once the migration lock is held (see the core's <c>RefuseUnknownMigrations</c>).</summary>
    internal static IMigrationsDatabaseLock CheckHistory(IMigrationsDatabaseLock heldLock, DbContext context) =>
        RefuseUnknownMigrations(heldLock, context);

    /// <inheritdoc cref="CheckHistory" />
    internal static Task<IMigrationsDatabaseLock> CheckHistoryAsync(IMigrationsDatabaseLock heldLock, DbContext context, CancellationToken cancellationToken) =>
        RefuseUnknownMigrationsAsync(heldLock, context, cancellationToken);

    [GeneratedRegex(@"CHECK constraint failed: (?<name>\w+)")]
    private static partial Regex SqliteCheck();

    [GeneratedRegex(@"(?<kind>UNIQUE|NOT NULL) constraint failed: (?<columns>[\w.]+(, [\w.]+)*)")]
    private static partial Regex SqliteUniqueOrNotNull();
}
