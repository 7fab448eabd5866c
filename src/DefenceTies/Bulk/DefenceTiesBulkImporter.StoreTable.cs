namespace DefenceTies.Bulk;

public abstract partial class DefenceTiesBulkImporter
{
    /// <summary>A table the bulk path writes, as the EF model maps it for the importer's database.</summary>
    protected sealed class StoreTable
    {
        internal StoreTable(BulkTableSchema schema)
        {
            Mapping = schema;
            Columns = [.. schema.Columns.Select(c => new StoreColumn(c))];
            Key = Columns.Single(c => c.Mapping == schema.Key);
        }

        /// <summary>The table's name.</summary>
        public string Name => Mapping.Name;

        /// <summary>The table's database schema, or <see langword="null"/> for the default one.</summary>
        public string? Schema => Mapping.Schema;

        /// <summary>The name as SQL writes it: delimited, and qualified by its schema if it has one.</summary>
        public string DelimitedName => Mapping.DelimitedName;

        /// <summary>
        /// The key column, as the model maps it: it holds each row's <see cref="BulkRow.Id"/>, or, in a
        /// table keyed by another row property, that property.
        /// </summary>
        public StoreColumn Key { get; }

        /// <summary>
        /// The columns to write, in the order of the values <see cref="TableRows.Read"/> gives.
        /// Columns the model gives a default (such as a version that starts at 0) are left to it.
        /// </summary>
        public IReadOnlyList<StoreColumn> Columns { get; }

        internal BulkTableSchema Mapping { get; }
    }
}
