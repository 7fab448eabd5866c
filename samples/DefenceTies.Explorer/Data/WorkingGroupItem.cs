using DefenceTies.Model;
using DefenceTies.Querying;

namespace DefenceTies.Explorer.Data;

/// <summary>A working group a body is parent of, with its members' roles and terms.</summary>
public sealed record WorkingGroupItem
{
    /// <summary>The group, linking to its fact page.</summary>
    public required ActorName Group { get; init; }

    public required string Mandate { get; init; }

    public required WorkingGroupStatus Status { get; init; }

    /// <summary>The member nations, each with its role and term (Body is the group).</summary>
    public required IReadOnlyList<MembershipItem> Members { get; init; }

    public required CitationEvidence Evidence { get; init; }
}
