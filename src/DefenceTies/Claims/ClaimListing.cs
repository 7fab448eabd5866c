using System.Reflection;
using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Claims;

/// <summary>
/// Every claim beside a stored value, over every kind of fact, with the value the fact holds: what
/// an analyst reads to decide a dispute (the CLI's <c>claims</c> command). One query per kind of
/// fact that has claims.
/// </summary>
public static class ClaimListing
{
    private static readonly MethodInfo ListOfMethod = typeof(ClaimListing).GetMethod(nameof(ListOfAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>The claims, ordered by kind of fact, fact, property and claim.</summary>
    /// <param name="db">The context to read through.</param>
    /// <param name="inDisputeOnly">Only live competing claims (another value, not deprecated), as <c>InDispute</c> counts them.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public static async Task<IReadOnlyList<ClaimEntry>> ListAsync(DefenceTiesDbContext db, bool inDisputeOnly = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entries = new List<ClaimEntry>();
        foreach (var type in ValueProperties.FactTypes)
        {
            var list = (Task<List<ClaimEntry>>)ListOfMethod.MakeGenericMethod(type).Invoke(null, [db, inDisputeOnly, cancellationToken])!;
            entries.AddRange(await list.ConfigureAwait(false));
        }

        return entries;
    }

    private static async Task<List<ClaimEntry>> ListOfAsync<T>(DefenceTiesDbContext db, bool inDisputeOnly, CancellationToken cancellationToken)
        where T : CitedEntity
    {
        var rows = await db.Set<T>().AsNoTracking()
            .SelectMany(
                f => f.ValueCitations.Where(v => v.Rank != ClaimRank.Preferred && (!inDisputeOnly || (v.Rank == ClaimRank.Normal && v.ClaimedValue != null))),
                (f, v) => new { Fact = f, Claim = v, v.Citation, v.Citation.SourceDocument.Key })
            .OrderBy(r => r.Fact.Id).ThenBy(r => r.Claim.Property).ThenBy(r => r.Claim.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return
        [
            .. rows.Select(r => new ClaimEntry(
                r.Claim.Id, typeof(T).Name, r.Fact.Id, r.Claim.Property, ClaimValues.HeldBy(r.Fact, r.Claim.Property),
                r.Claim.ClaimedValue, r.Claim.Rank, r.Key, r.Citation.Passage, r.Citation.Support, r.Citation.Note, r.Claim.RankedAt, r.Claim.RankReason)),
        ];
    }
}
