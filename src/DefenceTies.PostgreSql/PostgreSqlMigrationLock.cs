using System.Data;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace DefenceTies.PostgreSql;

/// <summary>
/// The migration lock of a PostgreSQL database: a session-level advisory lock taken on the
/// migrator's connection and held for the whole migration, from before the history table is
/// created until the last migration (and any seeding) is done. EF Core's own PostgreSQL lock
/// (<c>LOCK TABLE "__EFMigrationsHistory"</c>) lasts one transaction, so another migrator could
/// start between two migrations. The server drops a session's advisory locks when the session
/// ends, so a killed migrator never leaves this one behind.
/// </summary>
internal sealed class PostgreSqlMigrationLock : IMigrationsDatabaseLock
{
    /// <summary>
    /// The advisory lock key, the bytes of "DTMIGRAT" (4923645269747319124; in <c>pg_locks</c>,
    /// <c>classid</c> 1146375497 and <c>objid</c> 1196573012). Advisory locks belong to one
    /// database, so migrators of different databases never wait for each other.
    /// </summary>
    private const string TryLockSql = "SELECT pg_try_advisory_lock(4923645269747319124)";

    private const string UnlockSql = "SELECT pg_advisory_unlock(4923645269747319124)";

    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(50);

    private static readonly TimeSpan LongestPause = TimeSpan.FromMilliseconds(250);

    private static readonly Action<ILogger, string?, Exception?> LogWaiting = LoggerMessage.Define<string?>(
        LogLevel.Information,
        new EventId(1, "DefenceTies.PostgreSql.MigrationLockWaiting"),
        "Another migrator holds the migration lock of database {Database}; waiting for it to finish.");

    private readonly HistoryRepositoryDependencies _dependencies;
    private readonly IHistoryRepository _historyRepository;

    private PostgreSqlMigrationLock(HistoryRepositoryDependencies dependencies, IHistoryRepository historyRepository)
    {
        _dependencies = dependencies;
        _historyRepository = historyRepository;
    }

    IHistoryRepository IMigrationsDatabaseLock.HistoryRepository => _historyRepository;

    // The lock is tried rather than waited for in SQL (pg_advisory_lock), because a waiting
    // statement would fail at the command timeout while another migration is still running.
    public static PostgreSqlMigrationLock Acquire(HistoryRepositoryDependencies dependencies, IHistoryRepository historyRepository)
    {
        var attempt = dependencies.RawSqlCommandBuilder.Build(TryLockSql);
        for (var pause = FirstPause; !(bool)attempt.ExecuteScalar(Parameters(dependencies))!; pause = Longer(pause))
        {
            Waiting(dependencies, pause);
            Thread.Sleep(pause);
        }

        return new PostgreSqlMigrationLock(dependencies, historyRepository);
    }

    /// <inheritdoc cref="Acquire" />
    public static async Task<PostgreSqlMigrationLock> AcquireAsync(HistoryRepositoryDependencies dependencies, IHistoryRepository historyRepository, CancellationToken cancellationToken)
    {
        var attempt = dependencies.RawSqlCommandBuilder.Build(TryLockSql);
        for (var pause = FirstPause; !(bool)(await attempt.ExecuteScalarAsync(Parameters(dependencies), cancellationToken).ConfigureAwait(false))!; pause = Longer(pause))
        {
            Waiting(dependencies, pause);
            await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
        }

        return new PostgreSqlMigrationLock(dependencies, historyRepository);
    }

    /// <summary>How EF Core's history repositories run their commands: on the context's connection, logged as migration commands.</summary>
    public static RelationalCommandParameterObject Parameters(HistoryRepositoryDependencies dependencies) =>
        new(dependencies.Connection, null, null, dependencies.CurrentContext.Context, dependencies.CommandLogger, CommandSource.Migrations);

    public void Dispose()
    {
        if (Connected)
        {
            _dependencies.RawSqlCommandBuilder.Build(UnlockSql).ExecuteScalar(Parameters(_dependencies));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Connected)
        {
            await _dependencies.RawSqlCommandBuilder.Build(UnlockSql).ExecuteScalarAsync(Parameters(_dependencies)).ConfigureAwait(false);
        }
    }

    // A connection that is no longer open has lost its session, and the server the session's
    // locks with it; unlocking there would only raise an error over the one that closed it.
    private bool Connected => _dependencies.Connection.DbConnection.State == ConnectionState.Open;

    private static TimeSpan Longer(TimeSpan pause) => pause * 2 < LongestPause ? pause * 2 : LongestPause;

    private static void Waiting(HistoryRepositoryDependencies dependencies, TimeSpan pause)
    {
        if (pause == FirstPause)
        {
            LogWaiting(dependencies.MigrationsLogger.Logger, dependencies.Connection.DbConnection.Database, null);
        }
    }
}
