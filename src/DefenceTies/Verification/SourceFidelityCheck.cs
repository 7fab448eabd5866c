using System.Reflection;
using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Verification;

/// <summary>
/// Checks a whole database against its sources, as an analyst would line by line: every citation is
/// verbatim at its offset in its document; every implied citation has a note; reference support
/// cites reference data sets and only reference support does; every text value of a fact whose
/// citation (its own, else its fact's) is stated is stated by that passage (see StatedValues). Read-only; for tests and a <c>verify</c> command.
/// </summary>
public static class SourceFidelityCheck
{
    private static readonly MethodInfo CheckFactsMethod =
        typeof(SourceFidelityCheck).GetMethod(nameof(CheckFactsAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Runs every check and returns what it finds; an empty list means the database is faithful to its sources.</summary>
    /// <param name="db">The context to read through.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public static async Task<IReadOnlyList<SourceFidelityFinding>> CheckAsync(DefenceTiesDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var findings = new List<SourceFidelityFinding>();
        await CheckCitationsAsync(db, findings, cancellationToken).ConfigureAwait(false);
        foreach (var type in db.Model.GetEntityTypes().Where(t => typeof(CitedEntity).IsAssignableFrom(t.ClrType) && !t.ClrType.IsAbstract))
        {
            var check = (Task)CheckFactsMethod.MakeGenericMethod(type.ClrType).Invoke(null, [db, findings, cancellationToken])!;
            await check.ConfigureAwait(false);
        }

        return findings;
    }

    private static async Task CheckCitationsAsync(DefenceTiesDbContext db, List<SourceFidelityFinding> findings, CancellationToken cancellationToken)
    {
        var documents = await db.SourceDocuments.AsNoTracking()
            .Select(d => new { d.Id, d.Text, d.Origin })
            .ToDictionaryAsync(d => d.Id, cancellationToken).ConfigureAwait(false);
        var citations = await db.Citations.AsNoTracking()
            .Select(c => new { c.Id, c.SourceDocumentId, c.Passage, c.StartIndex, c.Support, c.Note, c.CorroboratesId, Primary = c.Corroborates == null ? (int?)null : c.Corroborates.CorroboratesId })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var c in citations)
        {
            var document = documents[c.SourceDocumentId];
            if (!PassageCheck.IsVerbatimAt(document.Text, c.Passage, c.StartIndex))
            {
                findings.Add(new(nameof(Citation), c.Id, nameof(Citation.Passage), $"the passage is not verbatim at index {c.StartIndex} of source document {c.SourceDocumentId}."));
            }

            if (c.Support == SupportKind.Implied && c.Note is null)
            {
                findings.Add(new(nameof(Citation), c.Id, nameof(Citation.Note), "an implied citation has no note saying why the passage implies the fact."));
            }

            try
            {
                Citation.CheckOrigin(c.Support, document.Origin);
            }
            catch (DomainRuleException ex)
            {
                findings.Add(new(nameof(Citation), c.Id, nameof(Citation.Support), ex.Rule));
            }

            if (c.Primary is not null)
            {
                findings.Add(new(nameof(Citation), c.Id, nameof(Citation.Corroborates), "corroborates a citation that itself corroborates another; point to the fact's primary citation."));
            }
        }
    }

    private static async Task CheckFactsAsync<T>(DefenceTiesDbContext db, List<SourceFidelityFinding> findings, CancellationToken cancellationToken)
        where T : CitedEntity
    {
        // Facts with a stated citation (their own or a value's), with what the rule reads: the
        // citations and the nations they name.
        IQueryable<T> query = db.Set<T>().AsNoTrackingWithIdentityResolution()
            .Where(f => f.Citation.Support == SupportKind.Stated || f.ValueCitations.Any(v => v.Citation.Support == SupportKind.Stated))
            .Include(f => f.Citation)
            .Include(f => f.ValueCitations).ThenInclude(v => v.Citation);
        foreach (var nation in db.Model.FindEntityType(typeof(T))!.GetNavigations().Where(n => n.TargetEntityType.ClrType == typeof(Nation)))
        {
            query = query.Include(nation.Name);
        }

        foreach (var fact in await query.AsSplitQuery().ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            foreach (var (property, problem) in StatedValues.Missing(fact, fact.CitationOf))
            {
                // Say which citation to fix: a value cited on its own is checked against its own.
                var own = fact.ValueCitations.FirstOrDefault(v => v.Property == property && v.Rank == ClaimRank.Preferred)?.Citation;
                findings.Add(new(typeof(T).Name, fact.Id, property, own is null ? problem : $"cited on its own (citation {own.Id}): {problem}"));
            }

            // Every other claim is checked against its own passage too: the value it claims (or,
            // citing the held value again, that one).
            foreach (var claim in fact.ValueCitations.Where(v => v.Rank != ClaimRank.Preferred && v.Citation.Support == SupportKind.Stated))
            {
                var property = typeof(T).GetProperty(claim.Property)!;
                var value = claim.ClaimedValue is null ? property.GetValue(fact) : ClaimValues.Read(claim.ClaimedValue, property.PropertyType, typeof(T).Name, claim.Property);
                if (StatedValues.Problem(value, claim.Citation.Passage) is { } problem)
                {
                    findings.Add(new(typeof(T).Name, fact.Id, claim.Property, $"claim {claim.Id} (citation {claim.Citation.Id}): {problem}"));
                }
            }
        }
    }
}
