namespace DefenceTies.Bulk;

/// <summary>
/// A bulk import was refused: a row broke a rule of the model (found before anything was written)
/// or the database rejected it (a CHECK, foreign key or unique constraint). Nothing of the batch
/// is stored.
/// </summary>
public class BulkImportException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BulkImportException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public BulkImportException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public BulkImportException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for one row of a table.</summary>
    /// <param name="table">The table of the offending row.</param>
    /// <param name="rowIndex">The row's position in its list of the batch, when known.</param>
    /// <param name="rowId">The row's id, when known.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="innerException">The rule or database error, if any.</param>
    public BulkImportException(BulkTable table, int? rowIndex, int? rowId, string reason, Exception? innerException = null)
        : base(Describe(table, rowIndex, rowId, reason), innerException)
    {
        Table = table;
        RowIndex = rowIndex;
        RowId = rowId;
    }

    /// <summary>The table of the offending row, when known.</summary>
    public BulkTable? Table { get; }

    /// <summary>The position of the offending row in its list of the batch, when known.</summary>
    public int? RowIndex { get; }

    /// <summary>The id of the offending row, when known.</summary>
    public int? RowId { get; }

    private static string Describe(BulkTable table, int? rowIndex, int? rowId, string reason)
    {
        var where = rowIndex is null ? string.Empty : $" row {rowIndex}";
        var id = rowId is null ? string.Empty : $" (id {rowId})";
        return $"Bulk import refused, nothing was stored: {BulkSchema.Get(table).Name}{where}{id}: {reason}";
    }
}
