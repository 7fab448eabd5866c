using System.Data.Common;
using System.Text.RegularExpressions;
using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DefenceTies.Persistence.Errors;

/// <summary>
/// Turns a provider's constraint error inside a <see cref="DbUpdateException"/> into a
/// <see cref="ConstraintViolationException"/> naming entity, field and value. SQLite reports the
/// failing constraint in a fixed English message; PostgreSQL reports it in the SQLSTATE and the
/// exception's <c>ConstraintName</c>. Constraint names follow this library's own conventions
/// (<c>ck_table_column</c>, <c>ix_table_columns</c>, <c>fk_table_principal_column</c>), which map back
/// to the model.
/// </summary>
internal static partial class ConstraintViolationTranslator
{
    public static ConstraintViolationException? Translate(DbUpdateException exception, IModel model)
    {
        if (exception is DbUpdateConcurrencyException || exception.InnerException is not DbException db)
        {
            return null;
        }

        var found = db.SqlState is { Length: 5 } state ? FromPostgreSql(db, state) : FromSqlite(db.Message);
        if (found is not { } violation)
        {
            return null;
        }

        // A refused delete is about the deleted row (others still refer to it), whichever
        // dependent table's foreign key the database names; report that row's key.
        var deleted = violation.Kind == ConstraintKind.ForeignKey ? exception.Entries.FirstOrDefault(e => e.State == EntityState.Deleted) : null;
        var (entityType, property) = deleted is not null
            ? (deleted.Metadata, deleted.Metadata.FindPrimaryKey()?.Properties[0])
            : Locate(model, violation.Table, violation.Columns, violation.ConstraintName, exception.Entries);
        var entry = deleted
            ?? exception.Entries.FirstOrDefault(e => entityType is not null && e.Metadata.ClrType == entityType.ClrType)
            ?? (exception.Entries.Count > 0 ? exception.Entries[0] : null);
        entityType ??= entry?.Metadata;

        object? value = null;
        if (entry is not null && property is not null && entry.Metadata.FindProperty(property.Name) is { } p)
        {
            value = entry.Property(p.Name).CurrentValue;
        }

        return new ConstraintViolationException(
            entityType?.ClrType.Name ?? "(unknown entity)",
            property?.Name ?? "(unknown field)",
            value,
            violation.Kind,
            violation.ConstraintName,
            exception);
    }

    private readonly record struct Violation(ConstraintKind Kind, string ConstraintName, string? Table, IReadOnlyList<string> Columns);

    private static Violation? FromPostgreSql(DbException exception, string sqlState)
    {
        ConstraintKind? kind = sqlState switch
        {
            "23514" => ConstraintKind.Check,
            "23505" => ConstraintKind.Unique,
            "23503" => ConstraintKind.ForeignKey,
            "23502" => ConstraintKind.NotNull,
            _ => null,
        };
        if (kind is null)
        {
            return null;
        }

        // PostgresException exposes these as public properties; reading them by name keeps the
        // core library free of a dependency on Npgsql.
        var table = Read(exception, "TableName");
        var column = Read(exception, "ColumnName");
        var constraint = Read(exception, "ConstraintName") ?? (column is null ? sqlState : $"{table}.{column} NOT NULL");
        return new Violation(kind.Value, constraint, table, column is null ? [] : [column]);
    }

    private static string? Read(DbException exception, string property) =>
        exception.GetType().GetProperty(property)?.GetValue(exception) as string;

    private static Violation? FromSqlite(string message)
    {
        if (SqliteCheck().Match(message) is { Success: true } check)
        {
            return new Violation(ConstraintKind.Check, check.Groups["name"].Value, null, []);
        }

        if (SqliteUniqueOrNotNull().Match(message) is { Success: true } m)
        {
            var kind = m.Groups["kind"].Value == "UNIQUE" ? ConstraintKind.Unique : ConstraintKind.NotNull;
            var columns = m.Groups["columns"].Value.Split(", ", StringSplitOptions.RemoveEmptyEntries);
            var table = columns[0].Split('.')[0];
            var names = columns.Select(c => c[(c.IndexOf('.', StringComparison.Ordinal) + 1)..]).ToList();
            return new Violation(kind, $"{kind.ToString().ToUpperInvariant()} {string.Join(", ", columns)}", table, names);
        }

        return message.Contains("FOREIGN KEY constraint failed", StringComparison.Ordinal)
            ? new Violation(ConstraintKind.ForeignKey, "FOREIGN KEY", null, [])
            : null;
    }

    private static (IEntityType? Entity, IProperty? Property) Locate(
        IModel model, string? table, IReadOnlyList<string> columns, string constraintName, IReadOnlyList<EntityEntry> entries)
    {
        var types = model.GetEntityTypes().Where(t => t.GetTableName() is not null).ToList();
        var entity = table is not null
            ? types.FirstOrDefault(t => t.GetTableName() == table)
            : types.Where(t => constraintName.StartsWith(Prefix(constraintName) + t.GetTableName() + "_", StringComparison.Ordinal))
                .OrderByDescending(t => t.GetTableName()!.Length)
                .FirstOrDefault();
        entity ??= entries.Count > 0 ? entries[0].Metadata : null;
        if (entity is null)
        {
            return (null, null);
        }

        // The constraint is one of the model's own indexes or foreign keys: its last column is the
        // one that distinguishes it (ix_posts_nation_id_title is about the title).
        var indexed = entity.GetIndexes().FirstOrDefault(i => i.GetDatabaseName() == constraintName)?.Properties
            ?? entity.GetForeignKeys().FirstOrDefault(f => f.GetConstraintName() == constraintName)?.Properties;
        if (indexed is { Count: > 0 })
        {
            return (entity, indexed[^1]);
        }

        var storeTable = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().Select(p => (Property: p, Column: p.GetColumnName(storeTable))).Where(p => p.Column is not null).ToList();
        if (columns.Count > 0)
        {
            return (entity, properties.FirstOrDefault(p => p.Column == columns[^1]).Property);
        }

        // ck_<table>_<column>[_rule]: the field is the longest column name that follows the table.
        var start = Prefix(constraintName).Length + entity.GetTableName()!.Length + 1;
        var rest = constraintName.Length > start ? constraintName[start..] : string.Empty;
        var match = properties
            .Where(p => rest == p.Column || rest.StartsWith(p.Column! + "_", StringComparison.Ordinal))
            .OrderByDescending(p => p.Column!.Length)
            .FirstOrDefault();
        return (entity, match.Property);
    }

    private static string Prefix(string constraintName) =>
        constraintName.Length > 3 && constraintName[2] == '_' ? constraintName[..3] : string.Empty;

    [GeneratedRegex(@"CHECK constraint failed: (?<name>\w+)")]
    private static partial Regex SqliteCheck();

    [GeneratedRegex(@"(?<kind>UNIQUE|NOT NULL) constraint failed: (?<columns>[\w.]+(, [\w.]+)*)")]
    private static partial Regex SqliteUniqueOrNotNull();
}
