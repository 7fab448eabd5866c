using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DefenceTies.Persistence;

/// <summary>
/// Gives every SQLite connection the settings concurrent use needs: write-ahead logging for file
/// databases (readers never block the writer, and a crash never leaves a half-written
/// transaction) and a busy timeout, so a writer waits for the lock instead of failing at once.
/// Other providers' connections are left alone.
/// </summary>
internal sealed class SqliteConnectionSetupInterceptor : DbConnectionInterceptor
{
    /// <summary>How long a statement waits for another connection's lock, in milliseconds.</summary>
    public const int BusyTimeoutMilliseconds = 30_000;

    // The setup depends only on the connection string; parse each one once, not on every open.
    private readonly ConcurrentDictionary<string, string> _setupSql = new(StringComparer.Ordinal);

    public static SqliteConnectionSetupInterceptor Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is SqliteConnection sqlite)
        {
            using var command = sqlite.CreateCommand();
            command.CommandText = _setupSql.GetOrAdd(sqlite.ConnectionString, SetupSql);
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (connection is SqliteConnection sqlite)
        {
            await using var command = sqlite.CreateCommand();
            command.CommandText = _setupSql.GetOrAdd(sqlite.ConnectionString, SetupSql);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static string SetupSql(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var inMemory = builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:";
        var readOnly = builder.Mode == SqliteOpenMode.ReadOnly;
        var busy = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds};";
        return inMemory || readOnly ? busy : busy + " PRAGMA journal_mode = WAL;";
    }
}
