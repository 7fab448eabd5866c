using System.Data.Common;
using System.Globalization;
using System.Text;
using DefenceTies.Model;
using DefenceTies.Persistence;
using DefenceTies.PostgreSql.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace DefenceTies.PostgreSql;

/// <summary>
/// PostgreSQL's side of the model: regular expressions for patterns, the <c>C</c> collation for
/// ordinal text, and constraint errors read from the SQLSTATE and the fields of
/// <see cref="PostgresException"/>.
/// </summary>
internal sealed class PostgreSqlProvider : DefenceTiesProvider
{
    public static PostgreSqlProvider Instance { get; } = new();

    protected override string? OrdinalCollation => "C";

    protected override string RepeatsCharacterRange(string column, string characterRange, int count) =>
        $"{column} ~ '^[{characterRange}]{{{count}}}$'";

    protected override string PartialDateCheck(string column) =>
        $"{column} ~ '^(000[1-9]|00[1-9]\\d|0[1-9]\\d{{2}}|[1-9]\\d{{3}})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$'";

    // PostgreSQL text cannot hold NUL at all (SQLSTATE 22021), so ranges start at U+0001 here.
    protected override string ContainsCharacterIn(string expression, IReadOnlyList<(int First, int Last)> ranges) =>
        $"{expression} ~ '[{Set(ranges)}]'";

    protected override string ContainsCharacterNotIn(string expression, IReadOnlyList<(int First, int Last)> ranges) =>
        $"{expression} ~ '[^{Set(ranges)}]'";

    protected override bool TryReadConstraintError(
        DbException exception,
        out ConstraintKind kind,
        out string constraintName,
        out string? table,
        out IReadOnlyList<string> columns)
    {
        ConstraintKind? found = exception is PostgresException postgres
            ? postgres.SqlState switch
            {
                PostgresErrorCodes.CheckViolation => ConstraintKind.Check,
                PostgresErrorCodes.UniqueViolation => ConstraintKind.Unique,
                PostgresErrorCodes.ForeignKeyViolation => ConstraintKind.ForeignKey,
                PostgresErrorCodes.NotNullViolation => ConstraintKind.NotNull,
                _ => null,
            }
            : null;
        if (exception is PostgresException { SqlState: PostgresErrorCodes.CharacterNotInRepertoire } invalid)
        {
            // "invalid byte sequence for encoding UTF8: 0x00": text with a NUL, which names no column.
            kind = ConstraintKind.InvalidText;
            constraintName = $"PostgreSQL refused it ({invalid.SqlState}: {invalid.MessageText}).";
            table = invalid.TableName;
            columns = [];
            return true;
        }

        if (found is null || exception is not PostgresException error)
        {
            kind = default;
            constraintName = string.Empty;
            table = null;
            columns = [];
            return false;
        }

        kind = found.Value;
        table = error.TableName;
        columns = error.ColumnName is null ? [] : [error.ColumnName];
        constraintName = error.ConstraintName ?? (error.ColumnName is null ? error.SqlState : $"{table}.{error.ColumnName} NOT NULL");
        return true;
    }

    // A hot standby or a read-only session is refused before the core's importer writes anything.
    protected override void EnsureWritable(DbConnection connection, DbTransaction? transaction, string operation) =>
        WriteTarget.EnsureWritable(connection, transaction, operation);

    protected override Task EnsureWritableAsync(DbConnection connection, DbTransaction? transaction, string operation, CancellationToken cancellationToken) =>
        WriteTarget.EnsureWritableAsync(connection, transaction, operation, cancellationToken);

    /// <summary>
    /// A bracket expression's content for the ranges, in the escapes of PostgreSQL's regular
    /// expressions (<c>\u0001-\u0008</c>, <c>\U000E0000</c>): they take exactly four or eight hex
    /// digits, so no escape runs into the next character.
    /// </summary>
    private static string Set(IReadOnlyList<(int First, int Last)> ranges)
    {
        var set = new StringBuilder();
        foreach (var (from, last) in ranges)
        {
            var first = Math.Max(from, 1);
            if (first <= last)
            {
                set.Append(Escape(first));
                if (last > first)
                {
                    set.Append('-').Append(Escape(last));
                }
            }
        }

        return set.Length > 0 ? set.ToString() : throw new ArgumentException("A bracket expression needs a character other than NUL.", nameof(ranges));
    }

    private static string Escape(int codePoint) =>
        codePoint <= 0xFFFF
            ? string.Create(CultureInfo.InvariantCulture, $"\\u{codePoint:X4}")
            : string.Create(CultureInfo.InvariantCulture, $"\\U{codePoint:X8}");

    /// <summary>
    /// Adds the DefenceTies services to options that already use Npgsql, among them the history
    /// repository whose migration lock lasts the whole migration, and PostgreSQL's own guards:
    /// migrations only on a server that can write, and the library's exceptions for a missing
    /// privilege or a read-only connection.
    /// </summary>
    internal static void Configure(DbContextOptionsBuilder optionsBuilder)
    {
        Configure(optionsBuilder, Instance);

        // Once per options, as the core adds its own interceptors.
        if (optionsBuilder.Options.FindExtension<CoreOptionsExtension>()?.Interceptors?.Contains(PrimaryOnlyMigrationGuard.Instance) != true)
        {
            optionsBuilder.AddInterceptors(PrimaryOnlyMigrationGuard.Instance, AccessErrorInterceptor.Instance);
        }

        optionsBuilder.ReplaceService<IHistoryRepository, PostgreSqlMigrationHistoryRepository>();
    }

    /// <summary>Refuses unknown migrations in the history once the migration lock is held (see the core's <c>RefuseUnknownMigrations</c>).</summary>
    internal static IMigrationsDatabaseLock CheckHistory(IMigrationsDatabaseLock heldLock, DbContext context) =>
        RefuseUnknownMigrations(heldLock, context);

    /// <inheritdoc cref="CheckHistory" />
    internal static Task<IMigrationsDatabaseLock> CheckHistoryAsync(IMigrationsDatabaseLock heldLock, DbContext context, CancellationToken cancellationToken) =>
        RefuseUnknownMigrationsAsync(heldLock, context, cancellationToken);
}
