using DefenceTies.Model;

namespace DefenceTies.Querying;

/// <summary>
/// One claim for a value of a fact, with its citation read as evidence, from
/// <see cref="EvidenceQueries.ClaimEvidenceAsync"/>: the preferred value (the one the fact holds) or
/// another claim beside it, each with the value it gives, its rank and, once ranked, when and why.
/// </summary>
public sealed record ClaimEvidence
{
    /// <summary>The key of the fact whose value is claimed.</summary>
    public required int FactId { get; init; }

    /// <summary>The model's name of the value, such as <c>Status</c> (<see cref="ValueCitation.Property"/>).</summary>
    public required string Property { get; init; }

    /// <summary>
    /// The claim's key (<see cref="ValueCitation"/>'s), to rank it with
    /// <see cref="Claims.ClaimRanking.RankClaimAsync"/>; <see langword="null"/> for a preferred value
    /// backed by the fact's own citation, which is no stored claim of its own.
    /// </summary>
    public required int? ClaimId { get; init; }

    /// <summary>How the claim ranks: <see cref="ClaimRank.Preferred"/> for the value the fact holds.</summary>
    public required ClaimRank Rank { get; init; }

    /// <summary>
    /// The value the claim gives, as a pack writes it (a date as <c>2024-12-13</c>, a kind by its
    /// name, a text as stated): the value the fact holds for the preferred claim and for a claim of
    /// the same value, the claimed one for a competing claim.
    /// </summary>
    public required string? Value { get; init; }

    /// <summary>Whether the claim gives a value other than the one the fact holds.</summary>
    public required bool IsCompeting { get; init; }

    /// <summary>When someone last ranked the claim; <see langword="null"/> while it keeps the rank it was stored with.</summary>
    public required DateTimeOffset? RankedAt { get; init; }

    /// <summary>Why it was ranked so; set with <see cref="RankedAt"/>.</summary>
    public required string? RankReason { get; init; }

    /// <summary>
    /// The claim's citation: passage and offset, support, note, document and claimant. Its
    /// <see cref="CitationEvidence.Target"/> is the value, or the fact for a preferred value backed
    /// by the fact's citation.
    /// </summary>
    public required CitationEvidence Citation { get; init; }
}
