using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace DefenceTies.Persistence;

/// <summary>
/// The rule no constraint can hold: an agreement has at least two distinct parties once saved.
/// Parties are rows of their own, added after the agreement, so the rule can only be checked when
/// the whole change is known: by <see cref="DefenceTiesDbContext.SaveChanges(bool)"/> before any
/// SQL runs (an added agreement, or a stored one losing parties), and by the bulk path's validator.
/// What raw SQL stores anyway, <see cref="Verification.StoredDataCheck"/> reports.
/// </summary>
internal static class AgreementPartiesCheck
{
    /// <exception cref="DomainRuleException">An agreement would be saved with fewer than two distinct parties.</exception>
    public static void Run(DefenceTiesDbContext db)
    {
        var plan = Plan.Of(db);
        plan.Check(plan.StoredAgreements.Count == 0 ? [] : [.. StoredParties(db, plan.StoredAgreements), .. StoredOrganisationParties(db, plan.StoredAgreements)]);
    }

    /// <inheritdoc cref="Run" />
    public static async Task RunAsync(DefenceTiesDbContext db, CancellationToken cancellationToken)
    {
        var plan = Plan.Of(db);
        if (plan.StoredAgreements.Count == 0)
        {
            plan.Check([]);
            return;
        }

        var nations = await StoredParties(db, plan.StoredAgreements).ToListAsync(cancellationToken).ConfigureAwait(false);
        var bodies = await StoredOrganisationParties(db, plan.StoredAgreements).ToListAsync(cancellationToken).ConfigureAwait(false);
        plan.Check([.. nations, .. bodies]);
    }

    private static IQueryable<StoredParty> StoredParties(DefenceTiesDbContext db, IReadOnlyCollection<int> agreements) =>
        db.AgreementParties.AsNoTracking().Where(p => agreements.Contains(p.AgreementId)).Select(p => new StoredParty(p.Id, p.AgreementId, p.NationId, false));

    private static IQueryable<StoredParty> StoredOrganisationParties(DefenceTiesDbContext db, IReadOnlyCollection<int> agreements) =>
        db.AgreementOrganisationParties.AsNoTracking().Where(p => agreements.Contains(p.AgreementId)).Select(p => new StoredParty(p.Id, p.AgreementId, p.OrganisationId, true));

    /// <summary>A stored party: a nation (its id) or a body without a nation (<paramref name="IsOrganisation"/>).</summary>
    private sealed record StoredParty(int Id, int AgreementId, int PartyId, bool IsOrganisation)
    {
        public object Key => IsOrganisation ? (object)("body", PartyId) : PartyId;
    }

    /// <summary>What the change tracker says about agreements and their parties.</summary>
    private sealed class Plan
    {
        private readonly List<Agreement> _added = [];
        private readonly List<EntityEntry<AgreementParty>> _parties = [];
        private readonly List<EntityEntry<AgreementOrganisationParty>> _bodies = [];

        /// <summary>Stored agreements (not being deleted) some of whose parties are being deleted.</summary>
        public HashSet<int> StoredAgreements { get; } = [];

        public static Plan Of(DefenceTiesDbContext db)
        {
            if (db.ChangeTracker.AutoDetectChangesEnabled)
            {
                db.ChangeTracker.DetectChanges();
            }

            var plan = new Plan();
            var deletedAgreements = new HashSet<int>();
            foreach (var entry in db.ChangeTracker.Entries<Agreement>())
            {
                if (entry.State == EntityState.Added)
                {
                    plan._added.Add(entry.Entity);
                }
                else if (entry.State == EntityState.Deleted)
                {
                    deletedAgreements.Add(entry.Entity.Id);
                }
            }

            foreach (var entry in db.ChangeTracker.Entries<AgreementParty>())
            {
                plan._parties.Add(entry);
                if (entry.State == EntityState.Deleted && !deletedAgreements.Contains(entry.Entity.AgreementId))
                {
                    plan.StoredAgreements.Add(entry.Entity.AgreementId);
                }
            }

            foreach (var entry in db.ChangeTracker.Entries<AgreementOrganisationParty>())
            {
                plan._bodies.Add(entry);
                if (entry.State == EntityState.Deleted && !deletedAgreements.Contains(entry.Entity.AgreementId))
                {
                    plan.StoredAgreements.Add(entry.Entity.AgreementId);
                }
            }

            return plan;
        }

        public void Check(IReadOnlyList<StoredParty> stored)
        {
            var kept = _parties.Where(p => p.State is EntityState.Added or EntityState.Unchanged or EntityState.Modified).ToList();
            var keptBodies = _bodies.Where(p => p.State is EntityState.Added or EntityState.Unchanged or EntityState.Modified).ToList();
            foreach (var agreement in _added)
            {
                // A party's nation may be new too (its key not yet known): tell nations apart by the tracked key value.
                var parties = kept.Where(p => ReferenceEquals(p.Entity.Agreement, agreement)).Select(NationKey)
                    .Concat(keptBodies.Where(p => ReferenceEquals(p.Entity.Agreement, agreement)).Select(BodyKey))
                    .Distinct()
                    .Count();
                if (parties < Agreement.MinimumParties)
                {
                    throw Agreement.TooFewParties(parties);
                }
            }

            var deleted = _parties.Where(p => p.State == EntityState.Deleted).Select(p => p.Entity.Id).ToHashSet();
            var deletedBodies = _bodies.Where(p => p.State == EntityState.Deleted).Select(p => p.Entity.Id).ToHashSet();
            foreach (var agreement in StoredAgreements)
            {
                var parties = stored.Where(p => p.AgreementId == agreement && !(p.IsOrganisation ? deletedBodies : deleted).Contains(p.Id)).Select(p => p.Key)
                    .Concat(kept.Where(p => p.State == EntityState.Added && p.Property(x => x.AgreementId).CurrentValue == agreement).Select(NationKey))
                    .Concat(keptBodies.Where(p => p.State == EntityState.Added && p.Property(x => x.AgreementId).CurrentValue == agreement).Select(BodyKey))
                    .Distinct()
                    .Count();
                if (parties < Agreement.MinimumParties)
                {
                    throw Agreement.TooFewParties(parties);
                }
            }
        }

        private static object NationKey(EntityEntry<AgreementParty> party) => party.Property(p => p.NationId).CurrentValue;

        private static object BodyKey(EntityEntry<AgreementOrganisationParty> party) => ("body", party.Property(p => p.OrganisationId).CurrentValue);
    }
}
