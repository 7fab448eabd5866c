namespace DefenceTies.Bulk;

/// <summary>
/// Loads many facts at once without the change tracker: each batch is written in one transaction
/// with the provider's fastest path (prepared, reused commands on SQLite; binary COPY on PostgreSQL).
/// The model's rules are checked before anything is written, and every constraint of the schema
/// stays on. Implementations: <c>SqliteBulkImporter</c> (DefenceTies.Sqlite) and, in DefenceTies.PostgreSql,
/// <c>PostgreSqlBulkImporter</c>. The database must already be migrated.
/// </summary>
public interface IDefenceTiesBulkImporter
{
    /// <summary>An allocator whose ids follow those already stored (or already generated) in each table.</summary>
    Task<BulkIdAllocator> CreateIdAllocatorAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores every row of <paramref name="batch"/>, or none.</summary>
    /// <exception cref="BulkImportException">A row broke a rule or a constraint; nothing was stored.</exception>
    Task<BulkImportResult> ImportAsync(BulkImportBatch batch, CancellationToken cancellationToken = default);
}
