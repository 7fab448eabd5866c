using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace DefenceTies.Bulk;

/// <summary>
/// The bulk tables as one EF model maps them for one database: table and column names, store
/// types and value conversions come from the model, and the write order from its foreign keys
/// (every table after the tables it refers to). A row property fills the column of the entity
/// property of the same name; a column no row property fills must be derived
/// (<see cref="BulkTableDefinition.DerivedFor"/>) or have a default in the model, or the schema
/// refuses to build, so a column added to the model cannot be silently skipped.
/// </summary>
internal sealed class BulkSchema
{
    // One schema per model; EF Core keeps one model per provider, so this holds a handful.
    private static readonly ConditionalWeakTable<IModel, BulkSchema> Cache = [];

    private BulkSchema(IModel model, ISqlGenerationHelper sql)
    {
        Model = model;
        Sql = sql;
        var tables = BulkTables.All.Select(d => new BulkTableSchema(d, model, sql)).ToList();
        Tables = InDependencyOrder(tables);
    }

    public IModel Model { get; }

    public ISqlGenerationHelper Sql { get; }

    /// <summary>The tables in write order.</summary>
    public IReadOnlyList<BulkTableSchema> Tables { get; }

    /// <summary>The table of a row type.</summary>
    public BulkTableSchema Of(Type rowType) => Tables.Single(t => t.Definition.RowType == rowType);

    public static BulkSchema For(IModel model, ISqlGenerationHelper sql) => Cache.GetValue(model, m => new BulkSchema(m, sql));

    /// <summary>The delimited name of an entity's table.</summary>
    public string TableSql(IEntityType entity) => Sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());

    /// <summary>The delimited name of an entity property's column.</summary>
    public string ColumnSql(IEntityType entity, string property) =>
        Sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema()))!);

    private static List<BulkTableSchema> InDependencyOrder(List<BulkTableSchema> tables)
    {
        var ordered = new List<BulkTableSchema>();
        var pending = new List<BulkTableSchema>(tables);
        while (pending.Count > 0)
        {
            var ready = pending.FirstOrDefault(t => t.EntityType.GetForeignKeys()
                .Select(f => f.PrincipalEntityType)
                .All(p => p == t.EntityType || !pending.Any(q => q.EntityType == p)))
                ?? throw new InvalidOperationException(
                    $"The bulk tables {string.Join(", ", pending.Select(t => t.Name))} refer to each other in a cycle; the bulk path cannot order them.");
            ordered.Add(ready);
            pending.Remove(ready);
        }

        return ordered;
    }
}
