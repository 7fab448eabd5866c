using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Cli.Database;

/// <summary>Which of this version's migrations a database has, which it lacks, and which it has that this version does not know.</summary>
internal sealed record MigrationState(IReadOnlyList<string> Applied, IReadOnlyList<string> Pending, IReadOnlyList<string> Unknown)
{
    /// <summary>Reads the history (connecting to the database); an empty or new database has every migration pending.</summary>
    public static async Task<MigrationState> ReadAsync(DefenceTiesDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return From(db, await db.Database.GetAppliedMigrationsAsync(cancellationToken));
    }

    /// <summary>The state of a database that does not exist yet.</summary>
    public static MigrationState Empty(DefenceTiesDbContext db) => From(db, []);

    private static MigrationState From(DefenceTiesDbContext db, IEnumerable<string> appliedIds)
    {
        // EF Core, and the library's own refusal, match migration ids ignoring case.
        var known = db.Database.GetMigrations().ToList();
        var applied = appliedIds.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var knownSet = known.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new MigrationState(
            known.Where(applied.Contains).ToList(),
            known.Where(m => !applied.Contains(m)).ToList(),
            applied.Where(m => !knownSet.Contains(m)).Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>The one-line refusal for a database made by a newer version.</summary>
    public string UnknownMessage(string database) =>
        $"{database} holds {(Unknown.Count == 1 ? "a migration" : "migrations")} this version of defenceties does not know ({string.Join(", ", Unknown)}); "
        + "it was probably migrated by a newer version. Use that version's tool, or pass --force if you are sure its schema suits this one.";
}
