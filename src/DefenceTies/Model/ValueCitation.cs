namespace DefenceTies.Model;

/// <summary>
/// The citation of one value of a fact (its date, its kind, its title…) where the fact's own
/// <see cref="CitedEntity.Citation"/> does not say enough: a value supported otherwise than the fact
/// (a report states an agreement's kind and parties but gives its date only as "on Friday"), or a
/// competing value another source claims (a second report dates the same meeting a day later).
/// Created through <see cref="CitedEntity.CiteValue"/> and, for claims, by the fact-pack import;
/// ranked through <see cref="CitedEntity.RankClaim"/>.
/// </summary>
/// <remarks>
/// The <see cref="ClaimRank.Preferred"/> row, if any, cites the value the fact holds (without one,
/// the fact's citation backs it). A <see cref="ClaimRank.Normal"/> or <see cref="ClaimRank.Deprecated"/>
/// row is a claim: with <see cref="ClaimedValue"/> set, a competing value; without, the preferred
/// value cited again. Stored in one table, <c>value_citations</c>, with one foreign key column per
/// kind of fact of which exactly one is set (an exclusive arc). See docs/model.md.
/// </remarks>
public class ValueCitation : Entity
{
    /// <summary>Maximum length of <see cref="Property"/>.</summary>
    public const int PropertyMaxLength = 60;

    /// <summary>Maximum length of <see cref="ClaimedValue"/>.</summary>
    public const int ClaimedValueMaxLength = 2000;

    /// <summary>Maximum length of <see cref="RankReason"/>.</summary>
    public const int RankReasonMaxLength = 1000;

    /// <summary>For EF Core.</summary>
    protected ValueCitation()
    {
    }

    internal ValueCitation(string property, Citation citation, ClaimRank rank, string? claimedValue)
    {
        Property = property;
        Citation = citation;
        Rank = rank;
        ClaimedValue = claimedValue;
    }

    /// <summary>The key of <see cref="Citation"/>.</summary>
    public int CitationId { get; private set; }

    /// <summary>The passage, support and note for the value.</summary>
    public Citation Citation { get; private set; } = null!;

    /// <summary>
    /// The name of the fact's property the citation supports, as the model names it, such as
    /// <c>nameof(Agreement.ConcludedOn)</c>: a text, date, kind or a nation or fact the fact names.
    /// </summary>
    public string Property { get; private set; } = null!;

    /// <summary>How this citation's value ranks among the claims for the property.</summary>
    public ClaimRank Rank { get; private set; }

    /// <summary>
    /// For a competing claim, the value it claims, written as a pack writes it (a date as
    /// <c>2024-12-13</c>, a kind by its name, a text as stated); <see langword="null"/> for the
    /// preferred value and for a claim of the same value.
    /// </summary>
    public string? ClaimedValue { get; private set; }

    /// <summary>When someone last ranked this claim; <see langword="null"/> while it keeps the rank it was stored with.</summary>
    public DateTimeOffset? RankedAt { get; private set; }

    /// <summary>Why it was ranked so, in the words of whoever ranked it; set with <see cref="RankedAt"/>.</summary>
    public string? RankReason { get; private set; }

    /// <summary>Whether this is a claim of a value other than the preferred one.</summary>
    public bool IsCompeting => ClaimedValue is not null;

    /// <summary>Sets the rank, with when and why (the rules are <see cref="CitedEntity.RankClaim"/>'s).</summary>
    /// <summary>The value it backed is no longer the fact's (another fact now decides it): it stays as a claim of that value.</summary>
    internal void Supersede(string claimedValue)
    {
        Rank = ClaimRank.Normal;
        ClaimedValue = claimedValue;
    }

    internal void SetRank(ClaimRank rank, string? claimedValue, DateTimeOffset at, string reason)
    {
        Rank = rank;
        ClaimedValue = claimedValue;
        RankedAt = at;
        RankReason = reason;
    }
}
