using Microsoft.EntityFrameworkCore;

namespace DefenceTies;

/// <summary>
/// Where a database stands against this version's migrations: which it has (<see cref="Applied"/>),
/// which it lacks (<see cref="Pending"/>) and which it has that this version does not ship
/// (<see cref="Unknown"/>, most likely a newer version's). For an application deciding whether it
/// can read a database, or a tool listing what <c>Migrate</c> would do.
/// </summary>
/// <remarks>
/// Migration ids are compared ignoring case (ordinal), as EF Core's migrator compares them and as
/// <c>Migrate</c>'s refusal (<see cref="UnknownMigrationsException"/>) does: a history row spelt
/// <c>20250101000000_initial</c> is the shipped <c>20250101000000_Initial</c>, applied, not unknown.
/// </remarks>
public sealed class MigrationState
{
    // The one rule for "is this the same migration": EF Core's.
    private static readonly StringComparer IdComparer = StringComparer.OrdinalIgnoreCase;

    private MigrationState(IReadOnlyList<string> applied, IReadOnlyList<string> pending, IReadOnlyList<string> unknown)
    {
        Applied = applied;
        Pending = pending;
        Unknown = unknown;
    }

    /// <summary>This version's migrations that the database has, in migration order, spelt as this version spells them.</summary>
    public IReadOnlyList<string> Applied { get; }

    /// <summary>This version's migrations that the database lacks, in migration order.</summary>
    public IReadOnlyList<string> Pending { get; }

    /// <summary>The migrations the database's history holds that this version does not ship, in ordinal order.</summary>
    public IReadOnlyList<string> Unknown { get; }

    /// <summary>True when the database has every migration of this version and no other.</summary>
    public bool IsUpToDate => Pending.Count == 0 && Unknown.Count == 0;

    /// <summary>Reads the database's migration history (connecting to it); a database that does not exist yet has every migration pending.</summary>
    /// <param name="db">A context on the database.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<MigrationState> ReadAsync(DefenceTiesDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false);
        return Of(db.Database.GetMigrations(), applied);
    }

    /// <summary>The state of a history holding <paramref name="appliedMigrations"/>, against <paramref name="knownMigrations"/>; reads nothing.</summary>
    /// <param name="knownMigrations">This version's migration ids, in order (<c>db.Database.GetMigrations()</c>).</param>
    /// <param name="appliedMigrations">The ids in the database's history (none for a database that does not exist yet).</param>
    public static MigrationState Of(IEnumerable<string> knownMigrations, IEnumerable<string> appliedMigrations)
    {
        ArgumentNullException.ThrowIfNull(knownMigrations);
        ArgumentNullException.ThrowIfNull(appliedMigrations);
        var known = knownMigrations.ToList();
        var applied = appliedMigrations.ToHashSet(IdComparer);
        var knownSet = known.ToHashSet(IdComparer);
        return new MigrationState(
            [.. known.Where(applied.Contains)],
            [.. known.Where(m => !applied.Contains(m))],
            [.. applied.Where(m => !knownSet.Contains(m)).Order(StringComparer.Ordinal)]);
    }
}
