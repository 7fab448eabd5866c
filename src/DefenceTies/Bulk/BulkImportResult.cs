namespace DefenceTies.Bulk;

/// <summary>What a bulk import stored.</summary>
/// <param name="RowsByTable">The rows stored in each table the batch had rows for.</param>
/// <param name="Elapsed">The time from opening the connection to committing.</param>
public sealed record BulkImportResult(IReadOnlyDictionary<BulkTable, int> RowsByTable, TimeSpan Elapsed)
{
    /// <summary>The rows stored in every table together.</summary>
    public long TotalRows => RowsByTable.Values.Sum(n => (long)n);
}
