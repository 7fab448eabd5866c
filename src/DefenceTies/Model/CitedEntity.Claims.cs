using System.Reflection;

namespace DefenceTies.Model;

/// <summary>Competing claims for a fact's values, and their ranking (see <see cref="ValueCitation"/>).</summary>
public abstract partial class CitedEntity
{
    /// <summary>
    /// Ranks a claim for one of this fact's values, recording when and why. Ranking a competing
    /// claim <see cref="ClaimRank.Preferred"/> makes its value the fact's: the value the fact held
    /// becomes a <see cref="ClaimRank.Normal"/> claim with its citation, so nothing is dropped and
    /// exactly one value stays preferred. The preferred value itself is ranked only by preferring
    /// another; a competing claim may be made <see cref="ClaimRank.Normal"/> or <see cref="ClaimRank.Deprecated"/>.
    /// </summary>
    /// <param name="claim">One of this fact's <see cref="ValueCitations"/> (load them, and <see cref="Citation"/>, first).</param>
    /// <param name="rank">The new rank.</param>
    /// <param name="reason">Why, in words (required; at most <see cref="ValueCitation.RankReasonMaxLength"/> characters).</param>
    /// <param name="rankedAt">When the ranking was decided.</param>
    /// <exception cref="DomainRuleException">The claim is not this fact's, the reason is blank, the preferred value would be left without one, or the claimed value breaks the value's rules.</exception>
    public void RankClaim(ValueCitation claim, ClaimRank rank, string reason, DateTimeOffset rankedAt)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var entity = GetType().Name;
        Guard.Text(reason, nameof(ValueCitation), nameof(ValueCitation.RankReason), ValueCitation.RankReasonMaxLength, TextLines.Multiple);
        Guard.Defined(rank, nameof(ValueCitation), nameof(ValueCitation.Rank));
        if (!_valueCitations.Contains(claim))
        {
            throw new DomainRuleException(entity, nameof(ValueCitations), claim.Id, $"the claim is not one of this {entity}'s; load the fact with its value citations and rank one of them.");
        }

        if (claim.Rank == ClaimRank.Preferred)
        {
            if (rank != ClaimRank.Preferred)
            {
                throw new DomainRuleException(entity, claim.Property, rank, "the preferred value keeps its rank until another claim for the property is ranked preferred; exactly one value is preferred.");
            }

            claim.SetRank(ClaimRank.Preferred, null, rankedAt, reason);
            return;
        }

        if (rank != ClaimRank.Preferred)
        {
            claim.SetRank(rank, claim.ClaimedValue, rankedAt, reason);
            return;
        }

        var property = GetType().GetProperty(claim.Property, BindingFlags.Public | BindingFlags.Instance)!;
        var held = property.GetValue(this);
        var heldText = ClaimValues.Write(held);
        var newValue = claim.ClaimedValue is null ? held : ClaimValues.Read(claim.ClaimedValue, property.PropertyType, entity, claim.Property);

        // The value held so far stays as a claim, with the citation that backed it.
        var preferred = _valueCitations.FirstOrDefault(v => v.Property == claim.Property && v.Rank == ClaimRank.Preferred);
        var demotion = $"superseded: {reason}";
        if (preferred is not null)
        {
            preferred.SetRank(ClaimRank.Normal, heldText ?? throw NoValue(entity, claim.Property), rankedAt, Clip(demotion));
        }
        else if (heldText is not null)
        {
            var kept = new ValueCitation(claim.Property, Citation, ClaimRank.Normal, heldText);
            kept.SetRank(ClaimRank.Normal, heldText, rankedAt, Clip(demotion));
            _valueCitations.Add(kept);
        }

        // Claims of the same value as the one held now name it, since it is no longer the preferred one.
        foreach (var same in _valueCitations.Where(v => v.Property == claim.Property && v.Rank != ClaimRank.Preferred && v.ClaimedValue is null && !ReferenceEquals(v, claim)))
        {
            same.SetRank(same.Rank, heldText, same.RankedAt ?? rankedAt, same.RankReason ?? Clip(demotion));
        }

        property.SetValue(this, newValue);
        claim.SetRank(ClaimRank.Preferred, null, rankedAt, reason);
    }

    /// <summary>
    /// Records what a further source says of one claimable value (the fact-pack import's rule): no
    /// value (nothing), the same value (a corroboration: its own citation is kept as a claim of the
    /// same value when it has one), a value where the fact has none (a new value, with this citation
    /// as its own), or another value (a competing claim).
    /// </summary>
    /// <param name="property">A claimable value of this kind of fact (see <see cref="MergeKeys.ClaimableOf"/>).</param>
    /// <param name="value">The value the source gives, or <see langword="null"/> for none.</param>
    /// <param name="citation">The source's citation for the value: its own, or the fact's corroborating citation.</param>
    /// <param name="ownCitation">Whether <paramref name="citation"/> is a citation of this value alone (a pack's valueCites) rather than the fact's.</param>
    /// <returns>What became of the value.</returns>
    internal ClaimOutcome Claim(string property, object? value, Citation citation, bool ownCitation)
    {
        if (value is null)
        {
            return ClaimOutcome.None;
        }

        var info = GetType().GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!;
        var held = info.GetValue(this);
        if (held is null)
        {
            info.SetValue(this, value);
            _valueCitations.Add(new ValueCitation(property, citation, ClaimRank.Preferred, claimedValue: null));
            return ClaimOutcome.New;
        }

        if (ClaimValues.Agrees(held, value))
        {
            if (ownCitation)
            {
                _valueCitations.Add(new ValueCitation(property, citation, ClaimRank.Normal, claimedValue: null));
            }

            return ClaimOutcome.Corroborate;
        }

        _valueCitations.Add(new ValueCitation(property, citation, ClaimRank.Normal, ClaimValues.Write(value)));
        return ClaimOutcome.Compete;
    }

    /// <summary>
    /// Holds a value that follows from other facts (an agreement's status from its events), backed by
    /// the citation of the fact that decides it. A different value held so far is never dropped: it
    /// stays as a claim with the citation that backed it, as a source's stated status does once the
    /// events say otherwise.
    /// </summary>
    /// <returns>Whether the value held changed.</returns>
    internal bool Derive(string property, object value, Citation decidedBy)
    {
        var info = GetType().GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!;
        var held = info.GetValue(this);
        if (Equals(held, value))
        {
            return false;
        }

        var preferred = _valueCitations.FirstOrDefault(v => v.Property == property && v.Rank == ClaimRank.Preferred);
        if (held is not null)
        {
            var heldText = ClaimValues.Write(held)!;
            if (preferred is not null)
            {
                preferred.Supersede(heldText);
            }
            else
            {
                _valueCitations.Add(new ValueCitation(property, Citation, ClaimRank.Normal, heldText));
            }
        }

        info.SetValue(this, value);
        _valueCitations.Add(new ValueCitation(property, decidedBy, ClaimRank.Preferred, claimedValue: null));
        return true;
    }

    private static DomainRuleException NoValue(string entity, string property) =>
        new(entity, property, null, "the preferred value is empty; a value citation cannot back no value.");

    private static string Clip(string text) => text.Length <= ValueCitation.RankReasonMaxLength ? text : text[..ValueCitation.RankReasonMaxLength];
}
