namespace DefenceTies.Bulk;

public abstract partial class DefenceTiesBulkImporter
{
    /// <summary>A column the bulk path writes, as the EF model maps it for the importer's database.</summary>
    protected sealed class StoreColumn
    {
        internal StoreColumn(BulkColumnSchema schema)
        {
            Mapping = schema;
        }

        /// <summary>The column's name.</summary>
        public string Name => Mapping.Name;

        /// <summary>The name as SQL writes it: delimited.</summary>
        public string DelimitedName => Mapping.DelimitedName;

        /// <summary>The column's store type, as the database names it (<c>INTEGER</c>, <c>character varying(200)</c>).</summary>
        public string StoreType => Mapping.StoreType;

        internal BulkColumnSchema Mapping { get; }
    }
}
