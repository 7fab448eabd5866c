using DefenceTies.Model;
using DefenceTies.Seeding.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DefenceTies.Seeding;

/// <summary>
/// Applies seeds in order, each at most once and each in one transaction together with its row in
/// <c>applied_seeds</c>: running it again changes nothing, and a failure part-way leaves nothing
/// partial. If another process applies the same seed at the same moment, the loser of the race
/// rolls back and reports the seed as already applied.
/// </summary>
public sealed class DefenceTiesSeeder
{
    private readonly IReadOnlyList<IDefenceTiesSeed> _seeds;
    private readonly TimeProvider _clock;

    /// <summary>Creates a seeder for the given seeds, applied in the order given.</summary>
    /// <exception cref="ArgumentException">Two seeds share a key.</exception>
    public DefenceTiesSeeder(IEnumerable<IDefenceTiesSeed> seeds, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        _seeds = [.. seeds];
        var duplicate = _seeds.GroupBy(s => s.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Seed key '{duplicate.Key}' is used by more than one seed.", nameof(seeds));
        }

        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>
    /// The seeds DefenceTies ships: the reference nations first (the reports reuse them), then the
    /// reports, oldest first.
    /// </summary>
    public static IReadOnlyList<IDefenceTiesSeed> BuiltInSeeds { get; } = [new ReferenceNationsSeed(), new IndiaThailandCoProductionReport()];

    /// <summary>A seeder for <see cref="BuiltInSeeds"/>.</summary>
    public static DefenceTiesSeeder Default { get; } = new(BuiltInSeeds);

    /// <summary>The seeds this seeder applies, in order.</summary>
    public IReadOnlyList<IDefenceTiesSeed> Seeds => _seeds;

    /// <summary>Applies every seed not yet applied.</summary>
    /// <exception cref="DefenceTiesSeedException">A seed failed; nothing of it was stored.</exception>
    public SeedResult Seed(DefenceTiesDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var applied = new List<string>();
        var skipped = new List<string>();
        foreach (var seed in _seeds)
        {
            // The check runs inside the seed's transaction: on SQLite the transaction holds the
            // write lock from its start, so a concurrent seeder waits, then sees this one's row.
            using var transaction = BeginOwnTransaction(db);
            try
            {
                if (IsApplied(db, seed))
                {
                    skipped.Add(seed.Key);
                    continue;
                }

                SeedContext.LoadReferenceFacts(db);
                Plant(db, seed, DocumentIsStored(db, seed));
                db.SaveChanges();
                transaction?.Commit();
                applied.Add(seed.Key);
            }
            catch (Exception ex) when (ex is DbUpdateException or DomainRuleException or FactPacks.FactPackException)
            {
                transaction?.Rollback();

                // Another process applied the same seed between our check and our commit.
                if (IsApplied(db, seed))
                {
                    skipped.Add(seed.Key);
                    continue;
                }

                throw new DefenceTiesSeedException(seed.Key, ex.Message, ex);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        return new SeedResult(applied, skipped);
    }

    /// <summary>Applies every seed not yet applied.</summary>
    /// <exception cref="DefenceTiesSeedException">A seed failed; nothing of it was stored.</exception>
    public async Task<SeedResult> SeedAsync(DefenceTiesDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var applied = new List<string>();
        var skipped = new List<string>();
        foreach (var seed in _seeds)
        {
            var transaction = await BeginOwnTransactionAsync(db, cancellationToken).ConfigureAwait(false);
            try
            {
                if (await IsAppliedAsync(db, seed, cancellationToken).ConfigureAwait(false))
                {
                    skipped.Add(seed.Key);
                    continue;
                }

                await SeedContext.LoadReferenceFactsAsync(db, cancellationToken).ConfigureAwait(false);
                var documentIsStored = await db.SourceDocuments.AnyAsync(d => d.Key == seed.DocumentKey, cancellationToken).ConfigureAwait(false);
                Plant(db, seed, documentIsStored);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                if (transaction is not null)
                {
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }

                applied.Add(seed.Key);
            }
            catch (Exception ex) when (ex is DbUpdateException or DomainRuleException or FactPacks.FactPackException)
            {
                if (transaction is not null)
                {
                    await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                }

                if (await IsAppliedAsync(db, seed, CancellationToken.None).ConfigureAwait(false))
                {
                    skipped.Add(seed.Key);
                    continue;
                }

                throw new DefenceTiesSeedException(seed.Key, ex.Message, ex);
            }
            finally
            {
                if (transaction is not null)
                {
                    await transaction.DisposeAsync().ConfigureAwait(false);
                }

                db.ChangeTracker.Clear();
            }
        }

        return new SeedResult(applied, skipped);
    }

    // When the caller (or Migrate) already holds a transaction, the seed joins it and the caller commits.
    private static IDbContextTransaction? BeginOwnTransaction(DefenceTiesDbContext db) =>
        db.Database.CurrentTransaction is null ? db.Database.BeginTransaction() : null;

    private static async Task<IDbContextTransaction?> BeginOwnTransactionAsync(DefenceTiesDbContext db, CancellationToken cancellationToken) =>
        db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false) : null;

    private static bool IsApplied(DefenceTiesDbContext db, IDefenceTiesSeed seed) =>
        db.AppliedSeeds.AsNoTracking().Any(a => a.Key == seed.Key);

    private static Task<bool> IsAppliedAsync(DefenceTiesDbContext db, IDefenceTiesSeed seed, CancellationToken cancellationToken) =>
        db.AppliedSeeds.AsNoTracking().AnyAsync(a => a.Key == seed.Key, cancellationToken);

    private static bool DocumentIsStored(DefenceTiesDbContext db, IDefenceTiesSeed seed) =>
        db.SourceDocuments.Any(d => d.Key == seed.DocumentKey);

    private void Plant(DefenceTiesDbContext db, IDefenceTiesSeed seed, bool documentIsStored)
    {
        if (documentIsStored)
        {
            throw new DomainRuleException(nameof(SourceDocument), nameof(SourceDocument.Key), seed.DocumentKey, "a source document with this key is already stored, but its seed was never recorded as applied; remove the document or give the seed a new key.");
        }

        var document = seed.CreateSourceDocument();
        if (document.Key != seed.DocumentKey)
        {
            throw new DomainRuleException(nameof(SourceDocument), nameof(SourceDocument.Key), document.Key, $"seed '{seed.Key}' declares document key '{seed.DocumentKey}' but created another.");
        }

        db.Add(document);
        seed.Plant(new SeedContext(db, document));
        db.Add(new AppliedSeed(seed.Key, _clock.GetUtcNow()));
    }
}
