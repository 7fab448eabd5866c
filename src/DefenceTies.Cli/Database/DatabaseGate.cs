
namespace DefenceTies.Cli.Database;

/// <summary>
/// Opens the database for a command that needs its schema (everything but <c>migrate</c>), and
/// refuses it, with what to do, when it is missing, not migrated or migrated by a newer version.
/// </summary>
internal static class DatabaseGate
{
    public static async Task<DefenceTiesDbContext> OpenMigratedAsync(DatabaseTarget target, DatabaseSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(settings);
        if (!target.Exists)
        {
            throw new CliException(
                ExitCodes.DatabaseRefused,
                $"No database at {target.Description}. Create one with 'defenceties migrate --apply --database {target.SqlitePath}', or pass --database <FILE> to use another file.");
        }

        var db = target.CreateContext();
        try
        {
            var state = await MigrationState.ReadAsync(db, cancellationToken);
            if (state.Unknown.Count > 0 && !settings.Force)
            {
                throw new CliException(ExitCodes.DatabaseRefused, state.UnknownMessage(target.Description));
            }

            if (state.Pending.Count > 0)
            {
                throw new CliException(
                    ExitCodes.DatabaseRefused,
                    state.Applied.Count == 0
                        ? $"{target.Description} is not a DefenceTies database yet (no migration applied). Run 'defenceties migrate --apply' on it first."
                        : $"{target.Description} lacks {state.Pending.Count} migration(s) of this version ({string.Join(", ", state.Pending)}). Run 'defenceties migrate --apply' on it first.");
            }

            return db;
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }
}
