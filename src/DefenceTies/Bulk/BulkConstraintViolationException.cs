using DefenceTies.Model;

namespace DefenceTies.Bulk;

/// <summary>
/// The database refused a row of a bulk import (a CHECK, UNIQUE, FOREIGN KEY or NOT NULL
/// constraint); the import's transaction was rolled back, so nothing of the batch is stored.
/// <see cref="ConstraintViolationException.Entity"/>, <see cref="ConstraintViolationException.Field"/>,
/// <see cref="ConstraintViolationException.Kind"/> and <see cref="ConstraintViolationException.ConstraintName"/>
/// are those <c>SaveChanges</c> reports for the same violation.
/// </summary>
public sealed class BulkConstraintViolationException : ConstraintViolationException
{
    private readonly string _table;

    internal BulkConstraintViolationException(ConstraintViolationException violation, string table, int? rowIndex, int? rowId, object? value)
        : base(violation.Entity, violation.Field, value ?? violation.Value, violation.Kind, violation.ConstraintName, violation.InnerException)
    {
        _table = table;
        RowIndex = rowIndex;
        RowId = rowId;
    }

    /// <summary>
    /// The position of the refused row in its list of the <see cref="BulkImportBatch"/>, or
    /// <see langword="null"/> when the database does not say which row it refused (PostgreSQL
    /// checks foreign keys once a table's rows are all copied).
    /// </summary>
    public int? RowIndex { get; }

    /// <summary>The refused row's <see cref="BulkRow.Id"/>, when <see cref="RowIndex"/> is known.</summary>
    public int? RowId { get; }

    /// <inheritdoc />
    public override string Message =>
        $"Bulk import refused, nothing was stored: {_table}{(RowIndex is null ? string.Empty : $" row {RowIndex} (id {RowId})")}: {base.Message}";
}
