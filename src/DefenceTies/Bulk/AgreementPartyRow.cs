namespace DefenceTies.Bulk;

/// <summary>A nation party to an agreement; the parties of one agreement are distinct nations.</summary>
public sealed class AgreementPartyRow : BulkRow
{
    /// <summary>The agreement.</summary>
    public required int AgreementId { get; init; }

    /// <summary>The party.</summary>
    public required int NationId { get; init; }

    /// <summary>The supporting citation.</summary>
    public required int CitationId { get; init; }
}
