using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Querying;

/// <summary>The claims beside facts' values, each with its citation read as evidence.</summary>
public static partial class EvidenceQueries
{
    /// <summary>
    /// Every claim for each value of <paramref name="facts"/> that has claims beside its preferred
    /// value (<see cref="ValueCitationQueries.Claims"/>), with the preferred value itself, each with
    /// its citation read as <see cref="EvidenceAsync"/> reads one (passage and offset, support,
    /// note, document, claimant): what a page sets side by side so a reader can weigh a dispute.
    /// </summary>
    /// <remarks>
    /// Ordered by fact, then value (by property name), then rank (the preferred value first), then
    /// key. Values with no claim beside the preferred one are left out. The preferred value is backed
    /// by its own citation if it has one, else by the fact's (<see cref="ClaimEvidence.ClaimId"/> is
    /// then <see langword="null"/>). Runs three SQL queries whatever the number of facts: the value
    /// citations of the facts with claims, those facts (for the values they hold), the citations with
    /// their documents and speakers. Citations corroborating these are not read (the fact's are in
    /// <see cref="EvidenceAsync"/>).
    /// </remarks>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts, as an EF Core query (filter it first: <c>db.Agreements.Where(a =&gt; a.Id == id)</c>).</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <exception cref="ArgumentException"><paramref name="facts"/> is not an EF Core query.</exception>
    public static async Task<IReadOnlyList<ClaimEvidence>> ClaimEvidenceAsync<T>(this IQueryable<T> facts, CancellationToken cancellationToken = default)
        where T : CitedEntity
    {
        var citations = CitationsOf(facts);
        facts = facts.AsNoTracking();

        // Every value citation of the facts that have claims (a few each), the preferred ones among
        // them. Joined through the result selector, as EvidenceAsync's are (SQLite lacks APPLY).
        var withClaims = facts.Where(f => f.ValueCitations.Any(v => v.Rank != ClaimRank.Preferred));
        var stored = await withClaims.SelectMany(f => f.ValueCitations, (f, v) => new StoredClaim
            {
                FactId = f.Id, ClaimId = v.Id, Property = v.Property, Rank = v.Rank, ClaimedValue = v.ClaimedValue,
                RankedAt = v.RankedAt, RankReason = v.RankReason, CitationId = v.CitationId,
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var claims = stored.Where(c => c.Rank != ClaimRank.Preferred).ToList();
        if (claims.Count == 0)
        {
            return [];
        }

        var held = await withClaims.ToDictionaryAsync(f => f.Id, cancellationToken).ConfigureAwait(false);
        var disputed = claims.Select(c => (c.FactId, c.Property)).ToHashSet();

        // A preferred value without a citation of its own rests on the fact's.
        var preferred = disputed.Select(d => stored.FirstOrDefault(p => p.FactId == d.FactId && p.Property == d.Property && p.Rank == ClaimRank.Preferred)
            ?? new StoredClaim { FactId = d.FactId, Property = d.Property, Rank = ClaimRank.Preferred, CitationId = held[d.FactId].CitationId });
        var entries = preferred.Concat(claims).ToList();
        var rows = (await CitationRowsAsync(citations, [.. entries.Select(e => e.CitationId).Distinct()], withCorroborations: false, cancellationToken).ConfigureAwait(false))
            .ToDictionary(r => r.Id);
        return [.. entries
            .OrderBy(e => e.FactId).ThenBy(e => e.Property, StringComparer.Ordinal).ThenBy(e => e.Rank).ThenBy(e => e.ClaimId)
            .Select(e => new ClaimEvidence
            {
                FactId = e.FactId,
                Property = e.Property,
                ClaimId = e.ClaimId,
                Rank = e.Rank,
                Value = e.ClaimedValue ?? ClaimValues.HeldBy(held[e.FactId], e.Property),
                IsCompeting = e.ClaimedValue is not null,
                RankedAt = e.RankedAt,
                RankReason = e.RankReason,
                Citation = rows[e.CitationId].ToEvidence(e.FactId, e.ClaimId is null ? EvidenceTarget.Fact : EvidenceTarget.Value(e.Property)),
            })];
    }

    /// <summary>A value citation as read, before its citation is.</summary>
    private sealed record StoredClaim
    {
        public int FactId { get; init; }

        public int? ClaimId { get; init; }

        public string Property { get; init; } = null!;

        public ClaimRank Rank { get; init; }

        public string? ClaimedValue { get; init; }

        public DateTimeOffset? RankedAt { get; init; }

        public string? RankReason { get; init; }

        public int CitationId { get; init; }
    }
}
