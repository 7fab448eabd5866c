namespace DefenceTies.Bulk;

/// <summary>A column the bulk path writes, and how a row's value becomes the value the database stores.</summary>
internal sealed record BulkColumnSchema(string Name, string DelimitedName, string StoreType, Func<BulkRow, object?> Read);
