using DefenceTies.Model;

namespace DefenceTies.Bulk;

/// <summary>A member of a delegation: each person once per delegation, at most one <see cref="DelegationRole.Leader"/>.</summary>
public sealed class DelegationMemberRow : BulkRow
{
    /// <summary>The delegation.</summary>
    public required int DelegationId { get; init; }

    /// <summary>The person.</summary>
    public required int PersonId { get; init; }

    /// <summary>Leader or member.</summary>
    public required DelegationRole Role { get; init; }

    /// <summary>The post they attended in, if stated; a post of the delegation's nation, already stored.</summary>
    public int? CapacityPostId { get; init; }

    /// <summary>The supporting citation.</summary>
    public required int CitationId { get; init; }
}
