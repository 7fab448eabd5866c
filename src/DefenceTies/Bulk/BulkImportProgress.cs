namespace DefenceTies.Bulk;

/// <summary>
/// How far an import of one <see cref="BulkImportBatch"/> has come, as reported to the
/// <see cref="IProgress{T}"/> given to <see cref="DefenceTiesBulkImporter.ImportAsync(BulkImportBatch, IProgress{BulkImportProgress}, CancellationToken)"/>.
/// </summary>
/// <remarks>
/// Reports come every <see cref="DefenceTiesBulkImporter.ProgressInterval"/> rows of a table, when
/// a table is done, and once more when the batch is committed. Until then the rows written are
/// inside the import's transaction: if the import fails, none of them is stored.
/// </remarks>
/// <param name="Table">The table being written (its name in the database), or written last once committed.</param>
/// <param name="RowsWritten">Rows of the batch sent to the database so far, all tables together.</param>
/// <param name="TotalRows">Rows in the batch, all tables together.</param>
/// <param name="IsCommitted">Whether the batch is committed: the last report of an import that succeeded.</param>
public readonly record struct BulkImportProgress(string Table, long RowsWritten, long TotalRows, bool IsCommitted);
