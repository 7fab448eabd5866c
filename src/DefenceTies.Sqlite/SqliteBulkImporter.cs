using System.Data.Common;
using System.Globalization;
using DefenceTies.Bulk;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Sqlite;

/// <summary>
/// The SQLite bulk path: one transaction per batch, one prepared INSERT per table reused for every
/// row with its parameters rebound, foreign keys enforced. SQLite's AUTOINCREMENT counters follow
/// the largest id inserted, so EF Core's own inserts continue after the imported rows.
/// </summary>
public sealed class SqliteBulkImporter : DefenceTiesBulkImporter
{
    private readonly string _connectionString;

    /// <summary>Creates an importer for the SQLite database of <paramref name="connectionString"/>.</summary>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string (the one the context uses).</param>
    public SqliteBulkImporter(string connectionString)
        : base(new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesSqlite(connectionString).Options)
    {
        _connectionString = connectionString;
    }

    /// <inheritdoc />
    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA foreign_keys = ON";
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    protected override async Task<long> ReadLastGeneratedKeyAsync(DbConnection connection, StoreTable table, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(table);
        // AUTOINCREMENT never reuses an id, even of a deleted row; its counter is in sqlite_sequence.
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq FROM sqlite_sequence WHERE name = $table";
        command.Parameters.Add(new SqliteParameter("$table", table.Name));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is { } seq and not DBNull
            ? Convert.ToInt64(seq, CultureInfo.InvariantCulture)
            : 0;
    }

    /// <inheritdoc />
    protected override Task WriteRowsAsync(DbTransaction transaction, TableRows rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(rows);
        var columns = rows.Table.Columns;
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            $"INSERT INTO {rows.Table.DelimitedName} ({string.Join(", ", columns.Select(c => c.DelimitedName))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        var parameters = new DbParameter[columns.Count];
        for (var c = 0; c < parameters.Length; c++)
        {
            parameters[c] = command.CreateParameter();
            parameters[c].ParameterName = $"$p{c}";
            command.Parameters.Add(parameters[c]);
        }

        command.Prepare();
        var values = new object?[columns.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            rows.Read(i, values);
            for (var c = 0; c < parameters.Length; c++)
            {
                parameters[c].Value = values[c] ?? DBNull.Value;
            }

            // Microsoft.Data.Sqlite runs commands synchronously; the async form only adds overhead.
            command.ExecuteNonQuery();
        }

        return Task.CompletedTask;
    }
}
