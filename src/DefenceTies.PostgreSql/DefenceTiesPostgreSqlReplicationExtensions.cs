using System.Data.Common;
using System.Diagnostics;
using DefenceTies.PostgreSql.Access;
using DefenceTies.PostgreSql.Replication;
using Microsoft.EntityFrameworkCore.Infrastructure;
using NpgsqlTypes;

// Same namespace as EF Core's own DatabaseFacade extensions.
namespace Microsoft.EntityFrameworkCore;

/// <summary>
/// Read-your-writes on PostgreSQL streaming replicas. A standby replays the primary's write-ahead
/// log (WAL) a little after the primary commits, so a read context may not yet see a write just
/// made. Take the WAL position after the write, on the writer, and wait on the read context until
/// its server has replayed that far:
/// <code>
/// await writer.SaveChangesAsync();
/// var written = await writer.Database.GetWalPositionAsync();
/// await using var reader = await readers.CreateDbContextAsync();
/// await reader.Database.WaitForReplayAsync(written, TimeSpan.FromSeconds(2));
/// // reader's queries now see the write
/// </code>
/// </summary>
public static class DefenceTiesPostgreSqlReplicationExtensions
{
    /// <summary>
    /// The WAL position on the primary that includes every transaction committed there so far, the
    /// caller's among them. Call it after the write's commit (after <c>SaveChanges</c>, or after
    /// committing the transaction), on a writer context. It is the primary's insert position, so it
    /// holds whatever <c>synchronous_commit</c> is.
    /// </summary>
    /// <param name="database">A writer context's database (the primary).</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The position to pass to <see cref="WaitForReplayAsync"/>.</returns>
    /// <exception cref="InvalidOperationException">
    /// The context is not on PostgreSQL, has a transaction open (its writes are not committed yet),
    /// or is on a standby.
    /// </exception>
    public static async Task<NpgsqlLogSequenceNumber> GetWalPositionAsync(this DatabaseFacade database, CancellationToken cancellationToken = default)
    {
        EnsureNpgsql(database);
        if (database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException("Take the WAL position after the transaction commits: inside it, the position does not include the transaction's own writes.");
        }

        await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = database.GetDbConnection();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT pg_is_in_recovery(), CASE WHEN NOT pg_is_in_recovery() THEN pg_current_wal_insert_lsn() END, "
                + "current_setting('wal_block_size')::bigint, pg_size_bytes(current_setting('wal_segment_size'))";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (reader.GetBoolean(0))
            {
                throw new InvalidOperationException($"The context is on a standby ({Server(connection)}): take the WAL position on a writer context, which is on the primary.");
            }

            var insert = (ulong)reader.GetFieldValue<NpgsqlLogSequenceNumber>(1);
            var position = WalPositions.AsReplayPosition(insert, (ulong)reader.GetInt64(2), (ulong)reader.GetInt64(3));
            return new NpgsqlLogSequenceNumber(position);
        }
        finally
        {
            await database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Waits until the server this context reads from has replayed the WAL up to
    /// <paramref name="position"/> (from <see cref="GetWalPositionAsync"/>), so that its queries see
    /// everything committed on the primary before it. Returns at once on the primary. The context's
    /// connection stays open afterwards (until the context is disposed), so the queries that follow
    /// run on the server that was waited for.
    /// </summary>
    /// <param name="database">A read context's database.</param>
    /// <param name="position">The writer's WAL position.</param>
    /// <param name="timeout">How long to wait.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <exception cref="TimeoutException">
    /// The standby had not replayed that far within <paramref name="timeout"/>; the message says how
    /// far behind it was. Read from the primary (a writer context) instead, or wait longer.
    /// </exception>
    public static async Task WaitForReplayAsync(this DatabaseFacade database, NpgsqlLogSequenceNumber position, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        EnsureNpgsql(database);
        ArgumentOutOfRangeException.ThrowIfLessThan(timeout, TimeSpan.Zero);

        // Through the context's execution strategy: if the standby goes away while waiting, a read
        // context reconnects elsewhere and waits there (on the primary, not at all).
        await database.CreateExecutionStrategy().ExecuteAsync(
            (database, position, timeout),
            static async (_, state, cancellationToken) =>
            {
                await WaitAsync(state.database, state.position, state.timeout, cancellationToken).ConfigureAwait(false);
                return true;
            },
            null,
            cancellationToken).ConfigureAwait(false);
    }

    private static async Task WaitAsync(DatabaseFacade database, NpgsqlLogSequenceNumber position, TimeSpan timeout, CancellationToken cancellationToken)
    {
        await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var connection = database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT pg_is_in_recovery(), coalesce(pg_last_wal_replay_lsn(), '0/0')";
        var clock = Stopwatch.StartNew();
        var pause = TimeSpan.FromMilliseconds(2);
        while (true)
        {
            NpgsqlLogSequenceNumber replayed;
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                if (!reader.GetBoolean(0))
                {
                    return;
                }

                replayed = reader.GetFieldValue<NpgsqlLogSequenceNumber>(1);
            }

            if (replayed >= position)
            {
                return;
            }

            if (clock.Elapsed >= timeout)
            {
                throw new TimeoutException(
                    $"The standby {Server(connection)} had replayed the WAL up to {replayed} after {clock.Elapsed.TotalSeconds:0.###} s, "
                    + $"short of {position} ({(ulong)position - (ulong)replayed} bytes behind): a read there would not yet see that write. "
                    + "Read from the primary (a writer context) instead, or wait longer.");
            }

            // Replication on a healthy network takes milliseconds; back off to 50 ms for a lagging one.
            await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, TimeSpan.FromMilliseconds(50).Ticks));
        }
    }

    private static void EnsureNpgsql(DatabaseFacade database)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (!database.IsNpgsql())
        {
            throw new InvalidOperationException("WAL positions and replay exist on PostgreSQL only; this context uses " + database.ProviderName + ".");
        }
    }

    private static string Server(DbConnection connection) => WriteTarget.Server(connection);
}
