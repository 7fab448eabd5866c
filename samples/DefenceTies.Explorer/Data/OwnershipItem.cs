using DefenceTies.Model;
using DefenceTies.Querying;

namespace DefenceTies.Explorer.Data;

/// <summary>An owner of a company and its share, exactly as stated, with the passage saying so.</summary>
public sealed record OwnershipItem
{
    /// <summary>The owner: a nation or a body.</summary>
    public required ActorName Owner { get; init; }

    /// <summary>The owned company.</summary>
    public required ActorName Owned { get; init; }

    /// <summary>The share the source states (50.5 stays 50.5); null when it names the owner without one.</summary>
    public required Share? Share { get; init; }

    public required PartialDate? StartedOn { get; init; }

    public required CitationEvidence Evidence { get; init; }
}
