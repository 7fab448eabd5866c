using System.Text.Json;
using DefenceTies.FactPacks.Planting;
using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DefenceTies.FactPacks;

/// <summary>
/// Imports fact packs into a database: everything or nothing, and idempotent per document. A pack
/// whose text (by SHA-256) is already stored under its key is skipped; facts that match known ones
/// by the merge rules of docs/fact-packs.md gain a citation instead of a second row.
/// </summary>
public static class FactPackImporting
{
    // How a refusal names the import (the provider's read-only exception's Operation).
    private const string Operation = "Importing a fact pack";

    /// <summary>
    /// Checks <paramref name="pack"/> against the database (nations stored, near-duplicates declared)
    /// and imports it in one transaction (the caller's, if one is open): a value that differs from a
    /// stored fact's is stored as a competing claim beside it, never over it. Reports every problem
    /// at once and stores nothing if there is any.
    /// </summary>
    /// <param name="db">The context to import through; its change tracker is cleared afterwards.</param>
    /// <param name="pack">A pack read with <see cref="FactPack.Load"/> or <see cref="FactPack.Read"/>.</param>
    /// <param name="cancellationToken">Cancels the import; nothing of it is stored.</param>
    /// <exception cref="FactPackException">The pack does not hold against the database; nothing was stored.</exception>
    /// <remarks>
    /// Before reading anything, the connection is asked whether it can write; on PostgreSQL a hot
    /// standby or a read-only session is refused with the provider package's
    /// <c>ReadOnlyConnectionException</c> (operation <c>"Importing a fact pack"</c>). To see what an
    /// import would do without writing, on any connection, use <see cref="PlanFactPackImportAsync"/>.
    /// </remarks>
    public static async Task<FactPackImportResult> ImportFactPackAsync(this DefenceTiesDbContext db, FactPack pack, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(pack);
        var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false) : null;
        try
        {
            await db.EnsureWritableAsync(Operation, cancellationToken).ConfigureAwait(false);
            var planted = await PlantAsync(db, pack, [], earlier: null, cancellationToken).ConfigureAwait(false);
            if (planted.Problems.Count > 0)
            {
                throw new FactPackException(pack.Source, planted.Problems);
            }

            if (planted.AlreadyImported)
            {
                return new FactPackImportResult(pack.DocumentKey, alreadyImported: true, []);
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return new FactPackImportResult(pack.DocumentKey, alreadyImported: false, planted.Planting!.Counts, planted.Planting.Facts);
        }
        catch (DbUpdateException)
        {
            // Another process may have imported the same pack between our check and our commit.
            if (await IsStoredAsync(db, pack, transaction).ConfigureAwait(false))
            {
                return new FactPackImportResult(pack.DocumentKey, alreadyImported: true, []);
            }

            throw;
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

    /// <inheritdoc cref="ImportFactPackAsync"/>
    public static FactPackImportResult ImportFactPack(this DefenceTiesDbContext db, FactPack pack)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(pack);
        using var transaction = db.Database.CurrentTransaction is null ? db.Database.BeginTransaction() : null;
        try
        {
            db.EnsureWritable(Operation);
            var planted = Plant(db, pack, [], earlier: null);
            if (planted.Problems.Count > 0)
            {
                throw new FactPackException(pack.Source, planted.Problems);
            }

            if (planted.AlreadyImported)
            {
                return new FactPackImportResult(pack.DocumentKey, alreadyImported: true, []);
            }

            db.SaveChanges();

            transaction?.Commit();
            return new FactPackImportResult(pack.DocumentKey, alreadyImported: false, planted.Planting!.Counts, planted.Planting.Facts);
        }
        catch (DbUpdateException) when (IsStored(db, pack, transaction))
        {
            return new FactPackImportResult(pack.DocumentKey, alreadyImported: true, []);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// A dry run of <see cref="ImportFactPackAsync"/>: what importing <paramref name="pack"/> would do,
    /// per fact (add, corroborate a known fact, or refuse, with the problems the import would report)
    /// and per kind of fact (the counts of the import's result). Writes nothing and takes no write
    /// lock, so it works on a read-only connection (a PostgreSQL hot standby, a read context).
    /// </summary>
    /// <param name="db">
    /// The context to read through; it must hold no unsaved changes, and its change tracker is
    /// cleared afterwards.
    /// </param>
    /// <param name="pack">A pack read with <see cref="FactPack.Load"/> or <see cref="FactPack.Read"/>.</param>
    /// <param name="cancellationToken">Cancels the dry run.</param>
    /// <returns>The plan; a pack that would be refused is a plan with <see cref="FactPackImportPlan.Problems"/>, not an exception.</returns>
    /// <exception cref="InvalidOperationException">The context holds unsaved changes, which a dry run would discard.</exception>
    /// <remarks>
    /// The dry run is the import without its write: the same checks and merge rules plant the pack's
    /// facts into the context's change tracker, the outcome is read from there, and the tracker is
    /// cleared instead of saved. It opens no transaction (it runs in the caller's, if one is open)
    /// and does not ask whether the connection can write. Its reads are separate statements: for a
    /// view of one moment, run it in a transaction of your own. The plan holds for the database as it
    /// was read; what another writer stores before the import can change it, and a constraint only
    /// the database checks can still refuse the import's save.
    /// </remarks>
    public static async Task<FactPackImportPlan> PlanFactPackImportAsync(this DefenceTiesDbContext db, FactPack pack, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(pack);
        return (await PlanFactPackImportsAsync(db, [pack], cancellationToken).ConfigureAwait(false))[0];
    }

    /// <inheritdoc cref="PlanFactPackImportAsync"/>
    public static FactPackImportPlan PlanFactPackImport(this DefenceTiesDbContext db, FactPack pack)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(pack);
        return PlanFactPackImports(db, [pack])[0];
    }

    /// <summary>
    /// A dry run of importing <paramref name="packs"/> one after another, as <c>defenceties import</c>
    /// does: each is planned as if the ones before it had been imported (a later pack may corroborate
    /// an earlier one's facts, or be already imported by it). Planning stops after the first pack that
    /// would be refused, as importing them in order would: the list then ends with that pack's plan.
    /// Writes nothing and takes no write lock; see <see cref="PlanFactPackImportAsync"/>.
    /// </summary>
    /// <param name="db">
    /// The context to read through; it must hold no unsaved changes, and its change tracker is
    /// cleared afterwards.
    /// </param>
    /// <param name="packs">Packs read with <see cref="FactPack.Load"/> or <see cref="FactPack.Read"/>, in the order they would be imported.</param>
    /// <param name="cancellationToken">Cancels the dry run.</param>
    /// <returns>A plan per pack, in order, up to the first that would be refused.</returns>
    /// <exception cref="InvalidOperationException">The context holds unsaved changes, which a dry run would discard.</exception>
    public static async Task<IReadOnlyList<FactPackImportPlan>> PlanFactPackImportsAsync(this DefenceTiesDbContext db, IEnumerable<FactPack> packs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(packs);
        var plan = new ImportPlan(db, packs);
        try
        {
            foreach (var pack in plan.Packs)
            {
                var planted = await PlantAsync(db, pack, plan.Documents, plan.Earlier, cancellationToken).ConfigureAwait(false);
                var problems = planted.Problems.Count == 0 && planted.Planting is not null
                    ? await SaveRulesAsync(() => db.CheckWholeChangeAsync(cancellationToken)).ConfigureAwait(false)
                    : planted.Problems;
                if (!plan.Record(pack, planted, problems))
                {
                    break;
                }
            }

            return plan.Plans;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <inheritdoc cref="PlanFactPackImportsAsync"/>
    public static IReadOnlyList<FactPackImportPlan> PlanFactPackImports(this DefenceTiesDbContext db, IEnumerable<FactPack> packs)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(packs);
        var plan = new ImportPlan(db, packs);
        try
        {
            foreach (var pack in plan.Packs)
            {
                var planted = Plant(db, pack, plan.Documents, plan.Earlier);
                var problems = planted.Problems.Count == 0 && planted.Planting is not null
                    ? SaveRules(db.CheckWholeChange)
                    : planted.Problems;
                if (!plan.Record(pack, planted, problems))
                {
                    break;
                }
            }

            return plan.Plans;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Plants the pack's facts, citing <paramref name="document"/> (already added), into the context, or throws every problem found.</summary>
    internal static IReadOnlyList<FactPackImportCount> Plant(DefenceTiesDbContext db, FactPack pack, SourceDocument document, PackStore store)
    {
        var problems = new List<FactPackProblem>();
        var planting = Plant(db, pack, document, store, problems, earlier: null);

        return problems.Count > 0 ? throw new FactPackException(pack.Source, problems) : planting.Counts;
    }

    /// <summary>
    /// Everything of an import but the write, shared by the import and its dry run: checks the
    /// pack's document against the stored ones (and <paramref name="planned"/>), loads what the pack
    /// could merge onto, and plants the document and the facts into the context's change tracker.
    /// </summary>
    private static async Task<Planted> PlantAsync(DefenceTiesDbContext db, FactPack pack, IReadOnlyList<StoredDocument> planned, IReadOnlyDictionary<object, FactPackKnownFact>? earlier, CancellationToken cancellationToken)
    {
        var stored = await StoredDocuments(db, pack).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (CheckDocument(pack, [.. stored, .. planned]) is { } done)
        {
            return done;
        }

        return Plant(db, pack, await DatabasePackStore.LoadAsync(db, pack, cancellationToken).ConfigureAwait(false), earlier);
    }

    /// <inheritdoc cref="PlantAsync"/>
    private static Planted Plant(DefenceTiesDbContext db, FactPack pack, IReadOnlyList<StoredDocument> planned, IReadOnlyDictionary<object, FactPackKnownFact>? earlier)
    {
        var stored = StoredDocuments(db, pack).ToList();
        return CheckDocument(pack, [.. stored, .. planned]) ?? Plant(db, pack, DatabasePackStore.Load(db, pack), earlier);
    }

    private static Planted Plant(DefenceTiesDbContext db, FactPack pack, PackStore store, IReadOnlyDictionary<object, FactPackKnownFact>? earlier)
    {
        var document = pack.CreateDocument();
        db.Add(document);
        var problems = new List<FactPackProblem>();
        var planting = Plant(db, pack, document, store, problems, earlier);
        return new Planted(AlreadyImported: false, problems, planting) { Document = document };
    }

    private static PackPlanting Plant(DefenceTiesDbContext db, FactPack pack, SourceDocument document, PackStore store, List<FactPackProblem> problems, IReadOnlyDictionary<object, FactPackKnownFact>? earlier)
    {
        // Lookups read the context's tracked entities many times; one DetectChanges at save time is enough.
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return PackPlanter.Plant(pack, document, store, problems, earlier);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    private static IQueryable<StoredDocument> StoredDocuments(DefenceTiesDbContext db, FactPack pack) =>
        db.SourceDocuments.AsNoTracking()
            .Where(d => d.Key == pack.DocumentKey || d.ContentSha256 == pack.ContentSha256)
            .Select(d => new StoredDocument(d.Key, d.ContentSha256)
            {
                Metadata = new DocumentMetadata(d.Title, d.PublishedOn.ToString(), d.Byline, d.Agency, d.Credits,
                    d.PublishedAtUtc, d.PublishedAtOffsetMinutes, d.Dateline == null ? null : d.Dateline.Place.Name, d.Dateline == null || d.Dateline.Place.Nation == null ? null : d.Dateline.Place.Nation.Alpha2Code),
            });

    /// <summary>
    /// The import's end when the document decides it: already imported (the same text under the
    /// key), or refused (another text under the key, or the text under another key); otherwise
    /// <see langword="null"/>: plant the facts.
    /// </summary>
    private static Planted? CheckDocument(FactPack pack, List<StoredDocument> stored)
    {
        var sameKey = stored.FirstOrDefault(d => d.Key == pack.DocumentKey);
        if (sameKey is not null)
        {
            return sameKey.Sha256 == pack.ContentSha256
                ? new Planted(AlreadyImported: true, sameKey.Metadata?.Differences(DocumentMetadata.Of(pack), pack.DocumentKey) ?? [], Planting: null)
                : new Planted(AlreadyImported: false, [new("$.document.key", $"a document with the key '{pack.DocumentKey}' is stored with another text (SHA-256 {sameKey.Sha256}); expected a new key for a new text. A stored document's text never changes.")], Planting: null);
        }

        var sameText = stored.FirstOrDefault(d => d.Sha256 == pack.ContentSha256);
        return sameText is null
            ? null
            : new Planted(AlreadyImported: false, [new("$.document.key", $"this text is already stored as the document '{sameText.Key}'; a text is stored once, so expected the key '{sameText.Key}' (the pack then counts as imported), or another text file.")], Planting: null);
    }

    /// <summary>
    /// The rules <c>SaveChanges</c> checks on the whole change before any SQL runs (an agreement has
    /// two distinct parties), run on the planted change: a break is a problem of the plan, where the
    /// import would throw it from its save.
    /// </summary>
    private static IReadOnlyList<FactPackProblem> SaveRules(Action check)
    {
        try
        {
            check();
            return [];
        }
        catch (DomainRuleException ex)
        {
            return [new("$", ex.Message)];
        }
    }

    /// <inheritdoc cref="SaveRules(Action)"/>
    private static async Task<IReadOnlyList<FactPackProblem>> SaveRulesAsync(Func<Task> check)
    {
        try
        {
            await check().ConfigureAwait(false);
            return [];
        }
        catch (DomainRuleException ex)
        {
            return [new("$", ex.Message)];
        }
    }

    private static async Task<bool> IsStoredAsync(DefenceTiesDbContext db, FactPack pack, IDbContextTransaction? transaction)
    {
        if (transaction is null)
        {
            return false;
        }

        await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return await db.SourceDocuments.AnyAsync(d => d.Key == pack.DocumentKey && d.ContentSha256 == pack.ContentSha256).ConfigureAwait(false);
    }

    private static bool IsStored(DefenceTiesDbContext db, FactPack pack, IDbContextTransaction? transaction)
    {
        if (transaction is null)
        {
            return false;
        }

        transaction.Rollback();
        db.ChangeTracker.Clear();
        return db.SourceDocuments.Any(d => d.Key == pack.DocumentKey && d.ContentSha256 == pack.ContentSha256);
    }

    private sealed record StoredDocument(string Key, string Sha256)
    {
        /// <summary>What the document states about itself, to compare with a pack of the same document.</summary>
        public DocumentMetadata? Metadata { get; init; }
    }

    /// <summary>
    /// A document's metadata as stored or as a pack gives it (the dateline by its place's name and
    /// nation): a pack of a stored document that gives other metadata is refused, never written over.
    /// </summary>
    private sealed record DocumentMetadata(string? Title, string PublishedOn, string? Byline, string? Agency, string? Credits,
        DateTime? PublishedAtUtc, int? PublishedAtOffsetMinutes, string? DatelineName, string? DatelineNation)
    {
        public static DocumentMetadata Of(FactPack pack)
        {
            JsonElement? place = null;
            if (pack.DatelineFact is { } id)
            {
                place = pack.Root.GetProperty("facts").EnumerateArray()
                    .FirstOrDefault(f => f.TryGetProperty("id", out var i) && i.GetString() == id);
            }

            return new(pack.DocumentTitle, pack.PublishedOn.ToString(), pack.Byline, pack.Agency, pack.Credits,
                pack.PublishedAt?.UtcDateTime, pack.PublishedAt is { } at ? (int)at.Offset.TotalMinutes : null,
                place is { } p && p.TryGetProperty("name", out var name) ? name.GetString() : null,
                place is { } q && q.TryGetProperty("nation", out var nation) ? nation.GetString() : null);
        }

        /// <summary>A problem per field the pack gives otherwise than the stored document.</summary>
        public List<FactPackProblem> Differences(DocumentMetadata pack, string key)
        {
            var problems = new List<FactPackProblem>();
            Compare("title", Title, pack.Title);
            Compare("publishedOn", PublishedOn, pack.PublishedOn);
            Compare("byline", Byline, pack.Byline);
            Compare("agency", Agency, pack.Agency);
            Compare("credits", Credits, pack.Credits);
            Compare("publishedAt", Instant(PublishedAtUtc, PublishedAtOffsetMinutes), Instant(pack.PublishedAtUtc, pack.PublishedAtOffsetMinutes));
            Compare("dateline", Place(DatelineName, DatelineNation), Place(pack.DatelineName, pack.DatelineNation));
            return problems;

            void Compare(string field, string? stored, string? given)
            {
                if (!string.Equals(stored, given, StringComparison.Ordinal))
                {
                    problems.Add(new($"$.document.{field}", $"the document '{key}' is stored with {field} {Quoted(stored)}, and this pack gives {Quoted(given)}; a stored document's metadata is not overwritten: expected the stored value (or a new document key if the document itself changed)."));
                }
            }
        }

        private static string Quoted(string? value) => value is null ? "none" : $"'{value}'";

        private static string? Instant(DateTime? utc, int? offset) =>
            utc is { } u && offset is { } o ? SourceDocument.FormatInstant(new DateTimeOffset(DateTime.SpecifyKind(u, DateTimeKind.Unspecified), TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(o))) : null;

        private static string? Place(string? name, string? nation) => name is null ? null : nation is null ? name : $"{name} ({nation})";
    }

    /// <summary>What planting a pack did: already imported, refused with these problems, or planted.</summary>
    private sealed record Planted(bool AlreadyImported, IReadOnlyList<FactPackProblem> Problems, PackPlanting? Planting)
    {
        /// <summary>The pack's document as planted, for the import's second save (its dateline).</summary>
        public SourceDocument? Document { get; init; }
    }

    /// <summary>A dry run of several imports under way: the plans so far, and what the planned packs add for the later ones.</summary>
    private sealed class ImportPlan
    {
        private readonly List<FactPackImportPlan> _plans = [];
        private readonly List<StoredDocument> _documents = [];
        private readonly Dictionary<object, FactPackKnownFact> _earlier = new(ReferenceEqualityComparer.Instance);

        public ImportPlan(DefenceTiesDbContext db, IEnumerable<FactPack> packs)
        {
            Packs = [.. packs];
            if (Packs.Any(p => p is null))
            {
                throw new ArgumentException("Every pack must be a FactPack, not null.", nameof(packs));
            }

            if (db.ChangeTracker.HasChanges())
            {
                throw new InvalidOperationException(
                    "The context holds unsaved changes. A dry run of an import plants the pack into the change tracker and clears it afterwards, "
                    + "which would discard them: save them (SaveChanges) or discard them (ChangeTracker.Clear()) first, or plan on a context of its own.");
            }
        }

        public List<FactPack> Packs { get; }

        public IReadOnlyList<FactPackImportPlan> Plans => _plans;

        public IReadOnlyList<StoredDocument> Documents => _documents;

        public IReadOnlyDictionary<object, FactPackKnownFact> Earlier => _earlier;

        /// <summary>Records a pack's plan; whether planning goes on (the pack would import, so the next one is planned on top of it).</summary>
        public bool Record(FactPack pack, Planted planted, IReadOnlyList<FactPackProblem> problems)
        {
            var plan = new FactPackImportPlan(pack, planted.AlreadyImported, planted.Planting?.Counts ?? [], planted.Planting?.Facts ?? [], problems);
            _plans.Add(plan);
            if (!plan.WouldImport)
            {
                return false;
            }

            if (!plan.AlreadyImported)
            {
                _documents.Add(new StoredDocument(pack.DocumentKey, pack.ContentSha256) { Metadata = DocumentMetadata.Of(pack) });
                foreach (var (fact, known) in planted.Planting!.Added)
                {
                    _earlier[fact] = known;
                }
            }

            return true;
        }
    }
}
