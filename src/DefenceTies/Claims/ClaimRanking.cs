using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Claims;

/// <summary>
/// Ranks a stored claim by its key, as the CLI and applications do: loads the claim's fact with its
/// citation and claims, applies <see cref="CitedEntity.RankClaim"/> (which keeps exactly one value
/// preferred and drops nothing) and saves, in one transaction.
/// </summary>
public static class ClaimRanking
{
    /// <summary>Ranks the claim with key <paramref name="claimId"/> (its <see cref="Entity.Id"/>) and saves.</summary>
    /// <param name="db">The context to write through.</param>
    /// <param name="claimId">The claim's key, as <c>db.Agreements.Claims()</c> or <c>defenceties claims</c> lists it.</param>
    /// <param name="rank">The new rank.</param>
    /// <param name="reason">Why, in words; stored with the rank.</param>
    /// <param name="rankedAt">When it was decided; the current time when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the reads and the save.</param>
    /// <returns>The fact whose claim was ranked, with its claims loaded.</returns>
    /// <exception cref="DomainRuleException">No claim has that key, or the ranking breaks a rule of <see cref="CitedEntity.RankClaim"/>.</exception>
    /// <exception cref="ConstraintViolationException">The database refused the new preferred value (for example dates out of order).</exception>
    public static async Task<CitedEntity> RankClaimAsync(this DefenceTiesDbContext db, int claimId, ClaimRank rank, string reason, DateTimeOffset? rankedAt = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var claim = await db.ValueCitations.SingleOrDefaultAsync(v => v.Id == claimId, cancellationToken).ConfigureAwait(false)
            ?? throw new DomainRuleException(nameof(ValueCitation), nameof(ValueCitation.Id), claimId, "no stored claim has this key.");
        var entry = db.Entry(claim);
        var arc = entry.Metadata.GetForeignKeys().Where(k => k.PrincipalEntityType.ClrType != typeof(Citation))
            .Select(k => (Key: k, Value: (int?)entry.Property(k.Properties[0].Name).CurrentValue))
            .Single(k => k.Value is not null);
        var fact = (CitedEntity)(await db.FindAsync(arc.Key.PrincipalEntityType.ClrType, [arc.Value!.Value], cancellationToken).ConfigureAwait(false))!;
        var factEntry = db.Entry(fact);
        await factEntry.Reference(nameof(CitedEntity.Citation)).LoadAsync(cancellationToken).ConfigureAwait(false);
        await factEntry.Collection(nameof(CitedEntity.ValueCitations)).LoadAsync(cancellationToken).ConfigureAwait(false);
        fact.RankClaim(claim, rank, reason, rankedAt ?? DateTimeOffset.UtcNow);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return fact;
    }
}
