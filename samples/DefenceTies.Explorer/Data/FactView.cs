namespace DefenceTies.Explorer.Data;

/// <summary>A fact with every citation that backs it, each in its document.</summary>
public sealed record FactView
{
    /// <summary>What kind of fact it is, for people ("Agreement").</summary>
    public required string KindLabel { get; init; }

    public required string Title { get; init; }

    /// <summary>The fact's stored fields, as label and value, in the order shown.</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> Details { get; init; }

    /// <summary>What is being backed ("the agreement", "who led it") and the citations backing it, the primary one first.</summary>
    public required IReadOnlyList<FactClaim> Claims { get; init; }

    /// <summary>The bodies the fact names (a party, a signatory, a participant, the body itself), each a link to its organisation page.</summary>
    public IReadOnlyList<ActorName> Bodies { get; init; } = [];

    /// <summary>Facts related to this one, each group under its heading (an exercise's series with its editions, the invitations to an event), each a link to its fact page.</summary>
    public IReadOnlyList<RelatedFacts> Related { get; init; } = [];

    /// <summary>The values sources disagree on (a competing claim, whatever its rank), each with every claim for it; empty for most facts.</summary>
    public required IReadOnlyList<ValueClaims> CompetingClaims { get; init; }
}
