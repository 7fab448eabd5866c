using DefenceTies.Model;
using DefenceTies.Querying;

namespace DefenceTies.Explorer.Data;

/// <summary>A member of a body (or of a working group) with its role and term, as the source dates them, and the passage saying so.</summary>
public sealed record MembershipItem
{
    /// <summary>The member: a nation or a body.</summary>
    public required ActorName Member { get; init; }

    /// <summary>The body (or working group) it belongs to.</summary>
    public required ActorName Body { get; init; }

    public required ParticipationRole Role { get; init; }

    /// <summary>When the membership or role began, at the precision stated; null when the source does not say.</summary>
    public required PartialDate? StartedOn { get; init; }

    /// <summary>When it ended or ends, at the precision stated; null when the source does not say.</summary>
    public required PartialDate? EndedOn { get; init; }

    public required CitationEvidence Evidence { get; init; }
}
