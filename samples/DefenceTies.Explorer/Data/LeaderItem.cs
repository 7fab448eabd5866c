using DefenceTies.Querying;

namespace DefenceTies.Explorer.Data;

/// <summary>Who led a nation's delegation to an engagement, and the passage saying so.</summary>
public sealed record LeaderItem
{
    public required int DelegationId { get; init; }

    public required string NationName { get; init; }

    public required string? LeaderName { get; init; }

    public required string? LeaderRank { get; init; }

    public required string? PostTitle { get; init; }

    public required CitationEvidence Evidence { get; init; }
}
