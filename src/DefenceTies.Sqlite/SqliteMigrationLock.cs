using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;
using SQLitePCL;

namespace DefenceTies.Sqlite;

/// <summary>
/// The migration lock of a SQLite database file: a write transaction (<c>BEGIN IMMEDIATE</c>) on a
/// side file next to the database, <c>&lt;database file&gt;-migrationlock</c>, held for the whole
/// migration. SQLite takes that transaction's lock from the operating system (<c>fcntl</c> on Unix,
/// <c>LockFileEx</c> on Windows), which drops it when the process ends, however it ends; so a
/// killed migrator never leaves a lock behind, unlike EF Core's lock row in
/// <c>__EFMigrationsLock</c>, which outlives its process. The lock is on a side file because the
/// migration itself needs the database's own write lock.
/// </summary>
internal sealed class SqliteMigrationLock : IMigrationsDatabaseLock
{
    /// <summary>Appended to the database file's path to name the side file. Never delete the file while a migration may run.</summary>
    public const string FileSuffix = "-migrationlock";

    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(25);

    private static readonly TimeSpan LongestPause = TimeSpan.FromMilliseconds(250);

    private static readonly Action<ILogger, string, Exception?> LogWaiting = LoggerMessage.Define<string>(
        LogLevel.Information,
        new EventId(1, "DefenceTies.Sqlite.MigrationLockWaiting"),
        "Another migrator holds the migration lock of {Database}; waiting for it to finish.");

    private readonly SqliteConnection _connection;
    private readonly IHistoryRepository _historyRepository;

    private SqliteMigrationLock(SqliteConnection connection, IHistoryRepository historyRepository)
    {
        _connection = connection;
        _historyRepository = historyRepository;
    }

    IHistoryRepository IMigrationsDatabaseLock.HistoryRepository => _historyRepository;

    /// <summary>Waits, without limit (a migration may take long), until this process holds the lock of <paramref name="databaseFile"/>.</summary>
    public static SqliteMigrationLock Acquire(string databaseFile, IHistoryRepository historyRepository, ILogger logger)
    {
        var connection = Open(databaseFile);
        try
        {
            for (var pause = FirstPause; !TryLock(connection); pause = Longer(pause))
            {
                Waiting(logger, databaseFile, pause);
                Thread.Sleep(pause);
            }

            return new SqliteMigrationLock(connection, historyRepository);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <inheritdoc cref="Acquire" />
    public static async Task<SqliteMigrationLock> AcquireAsync(string databaseFile, IHistoryRepository historyRepository, ILogger logger, CancellationToken cancellationToken)
    {
        var connection = Open(databaseFile);
        try
        {
            for (var pause = FirstPause; !TryLock(connection); pause = Longer(pause))
            {
                Waiting(logger, databaseFile, pause);
                await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
            }

            return new SqliteMigrationLock(connection, historyRepository);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    // Closing the connection ends its transaction, and with it the lock.
    public void Dispose() => _connection.Dispose();

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private static SqliteConnection Open(string databaseFile)
    {
        // Without pooling, closing closes the file, so nothing of the lock lingers in a pool.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile + FileSuffix, Pooling = false }.ToString());
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    // One attempt that does not wait: Microsoft.Data.Sqlite would retry a busy lock for at least a
    // second, blocking the thread, while SQLite itself answers at once (the connection has no busy
    // timeout), so waiting is left to the callers, which can sleep or await.
    private static bool TryLock(SqliteConnection connection)
    {
        var result = raw.sqlite3_exec(connection.Handle, "BEGIN IMMEDIATE");
        if (result == raw.SQLITE_BUSY)
        {
            return false;
        }

        SqliteException.ThrowExceptionForRC(result, connection.Handle);
        return true;
    }

    private static TimeSpan Longer(TimeSpan pause) => pause * 2 < LongestPause ? pause * 2 : LongestPause;

    private static void Waiting(ILogger logger, string databaseFile, TimeSpan pause)
    {
        if (pause == FirstPause)
        {
            LogWaiting(logger, databaseFile, null);
        }
    }
}
