using System.Data.Common;
using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DefenceTies.Persistence.Errors;

/// <summary>
/// Turns a provider's constraint error into a <see cref="ConstraintViolationException"/> naming
/// entity, field and value. The provider package reads its engine's error (kind, constraint name
/// and, where given, table and columns); constraint names follow this library's own conventions
/// (<c>ck_table_column</c>, <c>ix_table_columns</c>, <c>fk_table_principal_column</c>), which map back
/// to the model.
/// </summary>
internal static class ConstraintViolationTranslator
{
    /// <summary>Translates the error of a <c>SaveChanges</c>, using the entries being saved for the value.</summary>
    public static ConstraintViolationException? Translate(DbUpdateException exception, IModel model, DefenceTiesProvider provider)
    {
        if (exception is DbUpdateConcurrencyException or ConstraintViolationException || exception.InnerException is not DbException db)
        {
            return null;
        }

        if (!provider.TryRead(db, out var kind, out var constraintName, out var table, out var columns))
        {
            return null;
        }

        // A refused delete is about the deleted row (others still refer to it), whichever
        // dependent table's foreign key the database names; report that row's key.
        var deleted = kind == ConstraintKind.ForeignKey ? exception.Entries.FirstOrDefault(e => e.State == EntityState.Deleted) : null;
        var (entityType, property) = deleted is not null
            ? (deleted.Metadata, deleted.Metadata.FindPrimaryKey()?.Properties[0])
            : Locate(model, table, columns, constraintName, exception.Entries);
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
            kind,
            constraintName,
            db,
            exception.Entries);
    }

    /// <summary>
    /// Translates the error of a statement run outside <c>SaveChanges</c> (<c>ExecuteUpdate</c>,
    /// <c>ExecuteDelete</c>, a bulk import), where no tracked entry holds the value.
    /// </summary>
    /// <param name="exception">The provider's error.</param>
    /// <param name="model">The model whose constraint names the error uses.</param>
    /// <param name="provider">Reads the provider's error.</param>
    /// <param name="writing">
    /// The entity whose table the statement writes, when known: the entity reported when the
    /// database names no table (as SaveChanges reports the entity it was saving).
    /// </param>
    public static ConstraintViolationException? Translate(DbException exception, IModel model, DefenceTiesProvider provider, IEntityType? writing = null)
    {
        if (!provider.TryRead(exception, out var kind, out var constraintName, out var table, out var columns))
        {
            return null;
        }

        var (entityType, property) = Locate(model, table, columns, constraintName, [], writing);
        return new ConstraintViolationException(
            entityType?.ClrType.Name ?? "(unknown entity)",
            property?.Name ?? "(unknown field)",
            null,
            kind,
            constraintName,
            exception);
    }

    private static (IEntityType? Entity, IProperty? Property) Locate(
        IModel model, string? table, IReadOnlyList<string> columns, string constraintName, IReadOnlyList<EntityEntry> entries, IEntityType? writing = null)
    {
        var types = model.GetEntityTypes().Where(t => t.GetTableName() is not null).ToList();
        var entity = table is not null
            ? types.FirstOrDefault(t => t.GetTableName() == table)
            : types.Where(t => constraintName.StartsWith(Prefix(constraintName) + t.GetTableName() + "_", StringComparison.Ordinal))
                .OrderByDescending(t => t.GetTableName()!.Length)
                .FirstOrDefault();
        entity ??= entries.Count > 0 ? entries[0].Metadata : writing;
        if (entity is null)
        {
            return (null, null);
        }

        // The constraint is one of the model's own indexes or foreign keys: its last column is the
        // one that distinguishes it (ix_posts_nation_id_title is about the title).
        var indexed = entity.GetIndexes().FirstOrDefault(i => i.GetDatabaseName() == constraintName)?.Properties
            ?? entity.GetForeignKeys().FirstOrDefault(f => f.GetConstraintName() == constraintName)?.Properties
            ?? entity.GetKeys().FirstOrDefault(k => k.GetName() == constraintName)?.Properties;
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
}
