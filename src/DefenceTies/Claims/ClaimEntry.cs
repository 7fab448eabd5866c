using DefenceTies.Model;

namespace DefenceTies.Claims;

/// <summary>
/// One claim for a value of a stored fact, beside the value the fact holds, as a listing shows it
/// (see <see cref="ClaimListing.ListAsync"/>).
/// </summary>
/// <param name="ClaimId">The claim's key, to rank it with <see cref="ClaimRanking.RankClaimAsync"/>.</param>
/// <param name="FactType">The kind of fact, such as <c>Agreement</c>.</param>
/// <param name="FactId">The fact's key.</param>
/// <param name="Property">The value's property, such as <c>Status</c>.</param>
/// <param name="HeldValue">The preferred value, which the fact holds, as a pack writes it.</param>
/// <param name="ClaimedValue">The value this claim gives; <see langword="null"/> when it cites the held value again.</param>
/// <param name="Rank">Normal or deprecated (the preferred value's own citation is not a claim beside it).</param>
/// <param name="DocumentKey">The key of the document the claim cites.</param>
/// <param name="Passage">The passage it cites.</param>
/// <param name="Support">How the passage supports the value.</param>
/// <param name="Note">Why the passage implies it, for an implied citation.</param>
/// <param name="RankedAt">When someone last ranked it, if anyone has.</param>
/// <param name="RankReason">Why, if ranked.</param>
public sealed record ClaimEntry(
    int ClaimId,
    string FactType,
    int FactId,
    string Property,
    string? HeldValue,
    string? ClaimedValue,
    ClaimRank Rank,
    string DocumentKey,
    string Passage,
    SupportKind Support,
    string? Note,
    DateTimeOffset? RankedAt,
    string? RankReason);
