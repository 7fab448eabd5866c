namespace DefenceTies.Querying;

/// <summary>
/// Whose claim a cited passage relays: the speaker of the <see cref="Model.Statement"/> the
/// citation belongs to, a person, an organisation or a source the report does not name.
/// </summary>
public sealed record EvidenceClaimant
{
    /// <summary>The speaking person's key, when a person spoke.</summary>
    public required int? PersonId { get; init; }

    /// <summary>The speaking organisation's key, when an organisation spoke.</summary>
    public required int? OrganisationId { get; init; }

    /// <summary>
    /// The source as the report describes it when it does not name it (<see cref="Model.Statement.AnonymousSource"/>,
    /// "officials familiar with the talks"); <see langword="null"/> for a named speaker.
    /// </summary>
    public string? AnonymousSource { get; init; }

    /// <summary>
    /// The speaker for people: an anonymous source as <c>anonymous source: officials familiar with
    /// the talks</c> (with the nation or body the report ties it to in brackets), a person with their rank ("Ambassador Nagesh Singh"), an organisation
    /// with its nation unless its name already says it ("India's Defence Ministry").
    /// </summary>
    public required string Label { get; init; }
}
