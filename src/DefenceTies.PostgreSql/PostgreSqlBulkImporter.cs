using System.Diagnostics;
using DefenceTies.Bulk;
using DefenceTies.PostgreSql.Access;
using Npgsql;
using NpgsqlTypes;

namespace DefenceTies.PostgreSql;

/// <summary>
/// The PostgreSQL bulk path: one transaction per batch, one binary <c>COPY ... FROM STDIN</c> per
/// table (<see cref="NpgsqlBinaryImporter"/>). Every constraint stays on and is checked as rows
/// arrive. After the copy, each table's identity sequence is advanced past the largest id
/// stored, so EF Core's own inserts continue after the imported rows.
/// </summary>
public sealed class PostgreSqlBulkImporter : IDefenceTiesBulkImporter
{
    private readonly string _connectionString;

    /// <summary>Creates an importer for the PostgreSQL database of <paramref name="connectionString"/>.</summary>
    /// <param name="connectionString">An Npgsql connection string (the one the context uses).</param>
    public PostgreSqlBulkImporter(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _connectionString = connectionString;
    }

    /// <inheritdoc />
    public async Task<BulkIdAllocator> CreateIdAllocatorAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        var next = new Dictionary<BulkTable, int>();
        foreach (var map in BulkSchema.Tables)
        {
            // Start after both the highest id stored and the last value the identity sequence handed out.
            await using var command = new NpgsqlCommand(
                $"SELECT GREATEST((SELECT coalesce(max(id), 0) FROM {map.Name}), (SELECT coalesce(last_value, 0) FROM pg_sequences WHERE schemaname = current_schema() AND sequencename = @sequence))",
                connection);
            command.Parameters.AddWithValue("sequence", $"{map.Name}_id_seq");
            next[map.Table] = checked(Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) + 1);
        }

        return new BulkIdAllocator(next);
    }

    /// <inheritdoc />
    public async Task<BulkImportResult> ImportAsync(BulkImportBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var clock = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await WriteTarget.EnsureWritableAsync(connection, null, Operations.BulkImport, cancellationToken).ConfigureAwait(false);
        await BulkValidator.ValidateAsync(batch, (ids, ct) => LoadTextsAsync(connection, ids, ct), cancellationToken).ConfigureAwait(false);

        var counts = new Dictionary<BulkTable, int>();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var map in BulkSchema.Tables)
        {
            var count = map.Count(batch);
            if (count == 0)
            {
                continue;
            }

            try
            {
                await CopyAsync(connection, batch, map, count, cancellationToken).ConfigureAwait(false);
                await AdvanceSequenceAsync(connection, map, cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException ex)
            {
                // COPY reports the failing line (1-based) in its context: "COPY agreements, line 5".
                var line = CopyLine(ex);
                int? index = line >= 1 && line <= count ? line - 1 : null;
                throw new BulkImportException(map.Table, index, index is { } i ? map.IdAt(batch, i) : null, $"the database rejected a row: {ex.MessageText} ({ex.ConstraintName ?? ex.SqlState}){(ex.Where is null ? string.Empty : $"; {ex.Where}")}", ex);
            }

            counts[map.Table] = count;
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new BulkImportResult(counts, clock.Elapsed);
    }

    private static async Task CopyAsync(NpgsqlConnection connection, BulkImportBatch batch, IBulkTableMap map, int count, CancellationToken cancellationToken)
    {
        var columns = map.Columns;
        var types = columns.Select(c => c.Type switch
        {
            BulkColumnType.Integer => NpgsqlDbType.Integer,
            BulkColumnType.Varchar => NpgsqlDbType.Varchar,
            _ => NpgsqlDbType.Text,
        }).ToArray();
        var values = new object?[columns.Count];
        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY {map.Name} ({string.Join(", ", columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)",
            cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < count; i++)
        {
            map.Read(batch, i, values);
            await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            for (var c = 0; c < values.Length; c++)
            {
                switch (values[c])
                {
                    case null:
                        await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                        break;
                    case int number:
                        await importer.WriteAsync(number, types[c], cancellationToken).ConfigureAwait(false);
                        break;
                    case var other:
                        await importer.WriteAsync((string)other, types[c], cancellationToken).ConfigureAwait(false);
                        break;
                }
            }
        }

        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task AdvanceSequenceAsync(NpgsqlConnection connection, IBulkTableMap map, CancellationToken cancellationToken)
    {
        // setval(seq, n) makes the next generated id n + 1; never move a sequence backwards.
        await using var command = new NpgsqlCommand(
            $"SELECT setval(pg_get_serial_sequence(@table, 'id'), GREATEST((SELECT max(id) FROM {map.Name}), (SELECT coalesce(last_value, 1) FROM pg_sequences WHERE schemaname = current_schema() AND sequencename = @sequence)))",
            connection);
        command.Parameters.AddWithValue("table", map.Name);
        command.Parameters.AddWithValue("sequence", $"{map.Name}_id_seq");
        await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    private static int CopyLine(PostgresException ex)
    {
        const string marker = ", line ";
        var where = ex.Where ?? string.Empty;
        var at = where.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return 0;
        }

        var digits = where[(at + marker.Length)..].TakeWhile(char.IsAsciiDigit).ToArray();
        return int.TryParse(digits, out var line) ? line : 0;
    }

    private static async Task<IReadOnlyDictionary<int, string>> LoadTextsAsync(NpgsqlConnection connection, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var texts = new Dictionary<int, string>();
        await using var command = new NpgsqlCommand("SELECT id, text FROM source_documents WHERE id = ANY(@ids)", connection);
        command.Parameters.AddWithValue("ids", ids.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            texts[reader.GetInt32(0)] = reader.GetString(1);
        }

        return texts;
    }
}
