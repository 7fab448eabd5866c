using System.Data.Common;
using System.Text.RegularExpressions;
using DefenceTies.Infrastructure;
using DefenceTies.Model;
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
