using System.Data.Common;
using Npgsql;

namespace DefenceTies.PostgreSql.Access;

/// <summary>
/// Refuses to write through a connection that cannot: a hot standby (<c>pg_is_in_recovery()</c>)
/// or a session whose transactions are read-only (<c>transaction_read_only</c>, e.g. set by
/// <c>default_transaction_read_only</c>). Asking first turns what would be a failure part-way (or,
/// for a migration, a confusing error about its history table) into one clear refusal before
/// anything is sent. Every path that writes in bulk calls it: migrations, the bulk importer, and
/// the core's fact-pack importer (through <see cref="PostgreSqlProvider"/>'s <c>EnsureWritable</c>).
/// </summary>
internal static class WriteTarget
{
    private const string Sql = "SELECT pg_is_in_recovery(), current_setting('transaction_read_only') = 'on'";

    public static void EnsureWritable(DbConnection connection, DbTransaction? transaction, string operation)
    {
        using var command = Command(connection, transaction);
        using var reader = command.ExecuteReader();
        reader.Read();
        Check(connection, reader.GetBoolean(0), reader.GetBoolean(1), operation);
    }

    public static async Task EnsureWritableAsync(DbConnection connection, DbTransaction? transaction, string operation, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        Check(connection, reader.GetBoolean(0), reader.GetBoolean(1), operation);
    }

    /// <summary>The server a connection is open on, for messages: <c>host:port</c>.</summary>
    public static string Server(DbConnection connection) =>
        connection is NpgsqlConnection npgsql ? $"{npgsql.Host}:{npgsql.Port}" : connection.DataSource;

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction)
    {
        var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.Transaction = transaction;
        return command;
    }

    private static void Check(DbConnection connection, bool inRecovery, bool readOnly, string operation)
    {
        if (inRecovery)
        {
            throw new ReadOnlyConnectionException(operation, $"the connection is to a hot standby ({Server(connection)}, pg_is_in_recovery() is true), which cannot write.");
        }

        if (readOnly)
        {
            throw new ReadOnlyConnectionException(operation, $"the connection's transactions are read-only ({Server(connection)}, transaction_read_only is on).");
        }
    }
}
