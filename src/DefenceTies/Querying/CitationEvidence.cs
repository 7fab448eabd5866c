using DefenceTies.Model;

namespace DefenceTies.Querying;

/// <summary>
/// One citation backing a fact, from <see cref="EvidenceQueries.EvidenceAsync"/>: what it backs,
/// how, the verbatim passage and where it is, the document, and whose claim it relays.
/// </summary>
public sealed record CitationEvidence
{
    /// <summary>The key of the fact the citation is evidence for.</summary>
    public required int FactId { get; init; }

    /// <summary>What of the fact it backs: the fact itself or one of its parts.</summary>
    public required EvidenceTarget Target { get; init; }

    /// <summary>The citation's key.</summary>
    public required int CitationId { get; init; }

    /// <summary>
    /// For a corroboration, the key of the citation it corroborates (the target's own citation);
    /// <see langword="null"/> for the target's own citation.
    /// </summary>
    public required int? CorroboratesId { get; init; }

    /// <summary>How the passage supports what it backs.</summary>
    public required SupportKind Support { get; init; }

    /// <summary>For an implied citation, why the passage implies it.</summary>
    public required string? Note { get; init; }

    /// <summary>The verbatim passage.</summary>
    public required string Passage { get; init; }

    /// <summary>Where the passage starts in the document's text (check it with <see cref="PassageCheck.IsVerbatimAt"/>).</summary>
    public required int StartIndex { get; init; }

    /// <summary>The document the passage comes from.</summary>
    public required EvidenceDocument Document { get; init; }

    /// <summary>Whose statement the passage relays; <see langword="null"/> when the document says it in its own voice.</summary>
    public required EvidenceClaimant? Claimant { get; init; }

    /// <summary>True for a citation that corroborates another rather than being the target's own.</summary>
    public bool IsCorroboration => CorroboratesId is not null;
}
