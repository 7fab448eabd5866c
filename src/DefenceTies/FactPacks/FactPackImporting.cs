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
    /// Checks <paramref name="pack"/> against the database (nations stored, near-duplicates declared,
    /// no contradiction of what is stored) and imports it in one transaction (the caller's, if one is
    /// open). Reports every problem at once and stores nothing if there is any.
    /// </summary>
    /// <param name="db">The context to import through; its change tracker is cleared afterwards.</param>
    /// <param name="pack">A pack read with <see cref="FactPack.Load"/> or <see cref="FactPack.Read"/>.</param>
    /// <param name="cancellationToken">Cancels the import; nothing of it is stored.</param>
    /// <exception cref="FactPackException">The pack does not hold against the database; nothing was stored.</exception>
    /// <remarks>
    /// Before reading anything, the connection is asked whether it can write; on PostgreSQL a hot
    /// standby or a read-only session is refused with the provider package's
    /// <c>ReadOnlyConnectionException</c> (operation <c>"Importing a fact pack"</c>).
    /// </remarks>
    public static async Task<FactPackImportResult> ImportFactPackAsync(this DefenceTiesDbContext db, FactPack pack, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(pack);
        var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false) : null;
        try
        {
            await db.EnsureWritableAsync(Operation, cancellationToken).ConfigureAwait(false);
            var stored = await db.SourceDocuments.AsNoTracking()
                .Where(d => d.Key == pack.DocumentKey || d.ContentSha256 == pack.ContentSha256)
                .Select(d => new StoredDocument(d.Key, d.ContentSha256))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            if (AlreadyImported(pack, stored) is { } done)
            {
                return done;
            }

            var store = await DatabasePackStore.LoadAsync(db, pack, cancellationToken).ConfigureAwait(false);
            var counts = Plant(db, pack, store);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return new FactPackImportResult(pack.DocumentKey, alreadyImported: false, counts);
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
            var stored = db.SourceDocuments.AsNoTracking()
                .Where(d => d.Key == pack.DocumentKey || d.ContentSha256 == pack.ContentSha256)
                .Select(d => new StoredDocument(d.Key, d.ContentSha256))
                .ToList();
            if (AlreadyImported(pack, stored) is { } done)
            {
                return done;
            }

            var counts = Plant(db, pack, DatabasePackStore.Load(db, pack));
            db.SaveChanges();
            transaction?.Commit();
            return new FactPackImportResult(pack.DocumentKey, alreadyImported: false, counts);
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

    /// <summary>Plants the pack's document and facts into the context, or throws every problem found.</summary>
    private static IReadOnlyList<FactPackImportCount> Plant(DefenceTiesDbContext db, FactPack pack, PackStore store)
    {
        var document = pack.CreateDocument();
        db.Add(document);
        return Plant(db, pack, document, store);
    }

    /// <summary>Plants the pack's facts, citing <paramref name="document"/> (already added), into the context, or throws every problem found.</summary>
    internal static IReadOnlyList<FactPackImportCount> Plant(DefenceTiesDbContext db, FactPack pack, SourceDocument document, PackStore store)
    {
        var problems = new List<FactPackProblem>();

        // Lookups read the context's tracked entities many times; one DetectChanges at save time is enough.
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        IReadOnlyList<FactPackImportCount> counts;
        try
        {
            counts = PackPlanter.Plant(pack, document, store, problems);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }

        return problems.Count > 0 ? throw new FactPackException(pack.Source, problems) : counts;
    }

    private static FactPackImportResult? AlreadyImported(FactPack pack, List<StoredDocument> stored)
    {
        var sameKey = stored.FirstOrDefault(d => d.Key == pack.DocumentKey);
        if (sameKey is not null)
        {
            return sameKey.Sha256 == pack.ContentSha256
                ? new FactPackImportResult(pack.DocumentKey, alreadyImported: true, [])
                : throw new FactPackException(pack.Source, [new("$.document.key", $"a document with the key '{pack.DocumentKey}' is stored with another text (SHA-256 {sameKey.Sha256}); expected a new key for a new text. A stored document's text never changes.")]);
        }

        var sameText = stored.FirstOrDefault(d => d.Sha256 == pack.ContentSha256);
        return sameText is null
            ? null
            : throw new FactPackException(pack.Source, [new("$.document.key", $"this text is already stored as the document '{sameText.Key}'; a text is stored once, so expected the key '{sameText.Key}' (the pack then counts as imported), or another text file.")]);
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

    private sealed record StoredDocument(string Key, string Sha256);
}
