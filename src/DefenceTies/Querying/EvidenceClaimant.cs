namespace DefenceTies.Querying;

/// <summary>
/// Whose claim a cited passage relays: the speaker of the <see cref="Model.Statement"/> the
/// citation belongs to, a person or an organisation.
/// </summary>
public sealed record EvidenceClaimant
{
    /// <summary>The speaking person's key, when a person spoke.</summary>
    public required int? PersonId { get; init; }

    /// <summary>The speaking organisation's key, when an organisation spoke.</summary>
    public required int? OrganisationId { get; init; }

    /// <summary>
    /// The speaker for people: a person with their rank ("Ambassador Nagesh Singh"), an organisation
    /// with its nation unless its name already says it ("India's Defence Ministry").
    /// </summary>
    public required string Label { get; init; }
}
