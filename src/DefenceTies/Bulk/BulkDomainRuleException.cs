using DefenceTies.Model;

namespace DefenceTies.Bulk;

/// <summary>
/// A row of a bulk import breaks a rule of the model. Found before anything is written, so nothing
/// of the batch is stored. <see cref="DomainRuleException.Entity"/>, <see cref="DomainRuleException.Field"/>
/// and <see cref="DomainRuleException.Rule"/> are those the entity's constructor (or the method
/// that adds it, such as <see cref="Engagement.AddDelegation"/>) reports for the same value; the
/// value is the row's (an id where the constructor would name an object).
/// </summary>
public sealed class BulkDomainRuleException : DomainRuleException
{
    private readonly string _table;

    internal BulkDomainRuleException(DomainRuleException broken, string table, int rowIndex, int rowId)
        : base(broken.Entity, broken.Field, broken.Value, broken.Rule, broken.InnerException)
    {
        _table = table;
        RowIndex = rowIndex;
        RowId = rowId;
    }

    /// <summary>The position of the offending row in its list of the <see cref="BulkImportBatch"/> (the list of <see cref="DomainRuleException.Entity"/> rows).</summary>
    public int RowIndex { get; }

    /// <summary>The offending row's <see cref="BulkRow.Id"/>.</summary>
    public int RowId { get; }

    /// <inheritdoc />
    public override string Message => $"Bulk import refused, nothing was stored: {_table} row {RowIndex} (id {RowId}): {base.Message}";
}
