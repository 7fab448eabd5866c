using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DefenceTies.Bulk;

/// <summary>One bulk table as the model maps it: the columns to write and how to read each from a row.</summary>
internal sealed class BulkTableSchema
{
    private readonly Dictionary<string, Func<BulkRow, object?>> _rowProperties;

    public BulkTableSchema(BulkTableDefinition definition, IModel model, ISqlGenerationHelper sql)
    {
        Definition = definition;
        EntityType = model.FindEntityType(definition.EntityType)
            ?? throw new InvalidOperationException($"{definition.EntityType.Name} is not in the model, but the bulk path has a table for it.");
        var mapping = EntityType.GetTableMappings().Single();
        var table = mapping.Table;
        Name = table.Name;
        Schema = table.Schema;
        DelimitedName = sql.DelimitIdentifier(table.Name, table.Schema);
        _rowProperties = definition.RowType.GetProperties(BindingFlags.Public | BindingFlags.Instance).ToDictionary(p => p.Name, Getter);

        var derivedColumns = definition.DerivedFor(EntityType);
        var columns = new List<BulkColumnSchema>();
        var unused = new HashSet<string>(_rowProperties.Keys);
        unused.ExceptWith(definition.NotStored);
        BulkColumnSchema? key = null;
        foreach (var column in table.Columns)
        {
            var columnMapping = column.PropertyMappings.Single(m => m.TableMapping == mapping);
            var property = columnMapping.Property;
            Func<BulkRow, object?> read;
            if (definition.RowType.GetProperty(property.Name) is { } rowProperty)
            {
                if (rowProperty.PropertyType != property.ClrType)
                {
                    throw Drift($"{definition.RowType.Name}.{rowProperty.Name} is a {rowProperty.PropertyType.Name} but {EntityType.ClrType.Name}.{property.Name} is a {property.ClrType.Name}.");
                }

                read = _rowProperties[rowProperty.Name];
                unused.Remove(rowProperty.Name);
            }
            else if (derivedColumns.TryGetValue(property.Name, out var derived))
            {
                read = derived;
            }
            else if (column.DefaultValue is not null || column.DefaultValueSql is not null || column.ComputedColumnSql is not null)
            {
                // Left to the database, like an EF Core insert of a new entity (version starts at 0).
                continue;
            }
            else
            {
                throw Drift($"column {table.Name}.{column.Name} ({EntityType.ClrType.Name}.{property.Name}) has no value: add the property to {definition.RowType.Name}, derive it, or give the column a default.");
            }

            columns.Add(new BulkColumnSchema(column.Name, sql.DelimitIdentifier(column.Name), column.StoreType, WithConversion(read, columnMapping.TypeMapping.Converter)));
            if (property.IsPrimaryKey())
            {
                key = columns[^1];
            }
        }

        if (unused.Count > 0)
        {
            throw Drift($"{string.Join(", ", unused.Select(p => $"{definition.RowType.Name}.{p}"))} match no column of {table.Name}.");
        }

        Key = key ?? throw Drift($"{table.Name} has no single-column key that a row sets.");
        Columns = columns;
    }

    public BulkTableDefinition Definition { get; }

    public IEntityType EntityType { get; }

    public string Name { get; }

    public string? Schema { get; }

    public string DelimitedName { get; }

    public BulkColumnSchema Key { get; }

    /// <summary>The columns written, each with the value it gets from a row.</summary>
    public IReadOnlyList<BulkColumnSchema> Columns { get; }

    /// <summary>The value of a row's property, as the entity would hold it, or <see langword="null"/> if the row has no such property.</summary>
    public object? PropertyValue(BulkRow row, string property) =>
        _rowProperties.TryGetValue(property, out var read) ? read(row) : null;

    private static InvalidOperationException Drift(string problem) =>
        new($"The bulk path does not match the EF model: {problem}");

    private static Func<BulkRow, object?> Getter(PropertyInfo property)
    {
        var row = Expression.Parameter(typeof(BulkRow), "row");
        var value = Expression.Property(Expression.Convert(row, property.DeclaringType!), property);
        return Expression.Lambda<Func<BulkRow, object?>>(Expression.Convert(value, typeof(object)), row).Compile();
    }

    private static Func<BulkRow, object?> WithConversion(Func<BulkRow, object?> read, ValueConverter? converter) =>
        converter is null ? read : row => read(row) is { } value ? converter.ConvertToProvider(value) : null;
}
