using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Explorer;

/// <summary>
/// Whether the database can be read: it opens, holds the migrations this build knows and no
/// others. Checked before the first page and again until it passes, so a database migrated
/// after the explorer started is picked up without a restart.
/// </summary>
public sealed partial class DatabaseGate(IDbContextFactory<DefenceTiesDbContext> contexts, ExplorerSettings settings, ILogger<DatabaseGate> logger)
{
    private volatile DatabaseState? _ready;

    /// <summary>The state, with a message for the reader when it is not <see cref="DatabaseState.Ready"/>.</summary>
    public async Task<DatabaseState> CheckAsync(CancellationToken cancellationToken)
    {
        if (_ready is { } ready)
        {
            return ready;
        }

        var state = await ProbeAsync(cancellationToken);
        if (state.IsReady)
        {
            _ready = state;
        }

        return state;
    }

    /// <summary>Applies the migrations (and, with <c>--seed</c>, the seeds): only when started with <c>--migrate</c>/<c>--seed</c>.</summary>
    public async Task MigrateAsync()
    {
        var before = await ProbeAsync(CancellationToken.None);
        if (before.Problem == DatabaseProblem.UnknownMigrations)
        {
            // Migrating would not remove what another build applied; leave the database alone and say so.
            LogNotMigrating(logger, before.Message);
            return;
        }

        await using var db = await contexts.CreateDbContextAsync();
        await db.Database.MigrateAsync();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Not migrating: {Reason}")]
    private static partial void LogNotMigrating(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database could not be read.")]
    private static partial void LogUnreadable(ILogger logger, Exception exception);

    private async Task<DatabaseState> ProbeAsync(CancellationToken cancellationToken)
    {
        var where = settings.Describe();
        try
        {
            if (settings.DatabasePath is { } path && !File.Exists(path))
            {
                return new(DatabaseProblem.Missing,
                    $"There is no database at {path}. Create it with the sample, run from the directory you start the explorer from "
                    + "(dotnet run --project samples/DefenceTies.Sample writes defenceties.db in the current directory), "
                    + "start the explorer with --database <file> pointing at one, or with --migrate --seed to create and seed it.");
            }

            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            // The library's comparison, the one Migrate applies: a migration id differing only in case is applied, not unknown.
            var state = await MigrationState.ReadAsync(db, cancellationToken);
            if (state.Unknown.Count > 0)
            {
                return new(DatabaseProblem.UnknownMigrations,
                    $"{where} was made by another build of DefenceTies: it holds migration {string.Join(", ", state.Unknown)}, which this build does not know. "
                    + "Point the explorer at a database made by this build (or recreate this one with the sample).");
            }

            if (state.Pending.Count > 0)
            {
                return new(DatabaseProblem.NotMigrated,
                    state.Applied.Count == 0
                        ? $"{where} has no DefenceTies tables yet. The explorer does not migrate on its own: run the sample, apply the SQL scripts (docs/dba.md), or start the explorer with --migrate (and --seed for the built-in report)."
                        : $"{where} lacks migration {string.Join(", ", state.Pending)}. Apply it (docs/dba.md) or start the explorer with --migrate.");
            }

            return DatabaseState.Ready;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            LogUnreadable(logger, e);
            return new(DatabaseProblem.Unreachable, $"{where} could not be opened: {e.GetBaseException().Message}");
        }
    }
}

/// <summary>Why the database cannot be read.</summary>
public enum DatabaseProblem
{
    None,
    Missing,
    Unreachable,
    NotMigrated,
    UnknownMigrations,
}

/// <summary>The outcome of <see cref="DatabaseGate.CheckAsync"/>.</summary>
public sealed record DatabaseState(DatabaseProblem Problem, string Message)
{
    public static DatabaseState Ready { get; } = new(DatabaseProblem.None, string.Empty);

    public bool IsReady => Problem == DatabaseProblem.None;
}
