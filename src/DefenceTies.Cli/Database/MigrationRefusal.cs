using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Cli.Database;

/// <summary>What the tool says when the library's <see cref="MigrationState"/> shows migrations this version does not know.</summary>
internal static class MigrationRefusal
{
    /// <summary>The one-line refusal for a database made by a newer version.</summary>
    public static string UnknownMessage(this MigrationState state, string database)
    {
        ArgumentNullException.ThrowIfNull(state);
        return $"{database} holds {(state.Unknown.Count == 1 ? "a migration" : "migrations")} this version of defenceties does not know ({string.Join(", ", state.Unknown)}); "
            + "it was probably migrated by a newer version. Use that version's tool, or pass --force if you are sure its schema suits this one.";
    }

    /// <summary>The state of a database that does not exist yet: every migration pending. Reads nothing.</summary>
    public static MigrationState Empty(DefenceTiesDbContext db) => MigrationState.Of(db.Database.GetMigrations(), []);
}
