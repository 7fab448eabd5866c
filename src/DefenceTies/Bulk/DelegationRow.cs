namespace DefenceTies.Bulk;

/// <summary>A nation's delegation to an engagement; a nation sends at most one to each engagement.</summary>
public sealed class DelegationRow : BulkRow
{
    /// <summary>The engagement.</summary>
    public required int EngagementId { get; init; }

    /// <summary>The nation sending it.</summary>
    public required int NationId { get; init; }

    /// <summary>The supporting citation.</summary>
    public required int CitationId { get; init; }
}
