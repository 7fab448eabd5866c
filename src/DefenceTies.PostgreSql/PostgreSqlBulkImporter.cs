using System.Data.Common;
using System.Globalization;
using DefenceTies.Bulk;
using DefenceTies.PostgreSql.Access;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DefenceTies.PostgreSql;

/// <summary>
/// The PostgreSQL bulk path: one transaction per batch, one binary <c>COPY ... FROM STDIN</c> per
/// table (<see cref="NpgsqlBinaryImporter"/>). Every constraint stays on and is checked as rows
/// arrive (foreign keys once a table's rows are all copied). After the copy, each table's identity
/// sequence is advanced past the largest id stored, so EF Core's own inserts continue after the
/// imported rows.
/// </summary>
public sealed class PostgreSqlBulkImporter : DefenceTiesBulkImporter
{
    private const string CopyLineMarker = ", line ";

    private readonly Func<CancellationToken, ValueTask<NpgsqlConnection>> _open;

    /// <summary>Creates an importer for the PostgreSQL database of <paramref name="connectionString"/>.</summary>
    /// <param name="connectionString">An Npgsql connection string (the one the context uses).</param>
    public PostgreSqlBulkImporter(string connectionString)
        : base(new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesPostgreSql(connectionString).Options)
    {
        _open = async cancellationToken =>
        {
            var connection = new NpgsqlConnection(connectionString);
            try
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                return connection;
            }
            catch
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        };
    }

    /// <summary>Creates an importer for the PostgreSQL database of <paramref name="dataSource"/>.</summary>
    /// <param name="dataSource">The data source the context uses; the application disposes it.</param>
    public PostgreSqlBulkImporter(NpgsqlDataSource dataSource)
        : base(new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesPostgreSql(dataSource).Options)
    {
        _open = dataSource.OpenConnectionAsync;
    }

    /// <inheritdoc />
    /// <exception cref="ReadOnlyConnectionException">The connection reached a standby (or a read-only session): the bulk path only writes to a primary.</exception>
    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = await _open(cancellationToken).ConfigureAwait(false);
        try
        {
            await WriteTarget.EnsureWritableAsync(connection, null, Operations.BulkImport, cancellationToken).ConfigureAwait(false);
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
        // pg_sequence_last_value is null until the sequence first hands out a value.
        await using var command = new NpgsqlCommand(
            "SELECT coalesce(pg_sequence_last_value(pg_get_serial_sequence(@table, @key)::regclass), 0)", (NpgsqlConnection)connection);
        command.Parameters.AddWithValue("table", table.DelimitedName);
        command.Parameters.AddWithValue("key", table.Key.Name);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    protected override async Task WriteRowsAsync(DbTransaction transaction, TableRows rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(rows);
        var connection = (NpgsqlConnection)transaction.Connection!;
        var table = rows.Table;
        var columns = table.Columns;
        var values = new object?[columns.Count];
        var importer = await connection.BeginBinaryImportAsync(
            $"COPY {table.DelimitedName} ({string.Join(", ", columns.Select(c => c.DelimitedName))}) FROM STDIN (FORMAT BINARY)",
            cancellationToken).ConfigureAwait(false);
        await using (importer.ConfigureAwait(false))
        {
            for (var i = 0; i < rows.Count; i++)
            {
                rows.Read(i, values);
                await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                for (var c = 0; c < values.Length; c++)
                {
                    if (values[c] is { } value)
                    {
                        await importer.WriteAsync(value, columns[c].StoreType, cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                    }
                }
            }

            await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        // setval(sequence, n) makes the next generated id n + 1; never move a sequence backwards.
        await using var advance = new NpgsqlCommand(
            $"SELECT setval(pg_get_serial_sequence(@table, @key), GREATEST((SELECT max({table.Key.DelimitedName}) FROM {table.DelimitedName}), coalesce(pg_sequence_last_value(pg_get_serial_sequence(@table, @key)::regclass), 1)))",
            connection);
        advance.Parameters.AddWithValue("table", table.DelimitedName);
        advance.Parameters.AddWithValue("key", table.Key.Name);
        await advance.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>COPY names the line it refused in the error's context (<c>COPY agreements, line 5</c>).</summary>
    protected override int? FindRefusedRow(DbException exception, int? lastRowRead)
    {
        var where = (exception as PostgresException)?.Where ?? string.Empty;
        var at = where.IndexOf(CopyLineMarker, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var digits = where[(at + CopyLineMarker.Length)..].TakeWhile(char.IsAsciiDigit).ToArray();
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var line) && line >= 1 ? line - 1 : null;
    }
}
