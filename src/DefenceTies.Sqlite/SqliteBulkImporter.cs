using System.Diagnostics;
using DefenceTies.Bulk;
using Microsoft.Data.Sqlite;

namespace DefenceTies.Sqlite;

/// <summary>
/// The SQLite bulk path: one transaction per batch, one prepared INSERT per table reused for every
/// row with its parameters rebound, foreign keys enforced. SQLite's AUTOINCREMENT counters follow
/// the largest id inserted, so EF Core's own inserts continue after the imported rows.
/// </summary>
public sealed class SqliteBulkImporter : IDefenceTiesBulkImporter
{
    private readonly string _connectionString;

    /// <summary>Creates an importer for the SQLite database of <paramref name="connectionString"/>.</summary>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string (the one the context uses).</param>
    public SqliteBulkImporter(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _connectionString = connectionString;
    }

    /// <inheritdoc />
    public async Task<BulkIdAllocator> CreateIdAllocatorAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var next = new Dictionary<BulkTable, int>();
        foreach (var map in BulkSchema.Tables)
        {
            // AUTOINCREMENT never reuses an id, even of a deleted row: start after both the highest
            // id stored and the highest id the table's counter ever handed out.
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT max(coalesce((SELECT max(id) FROM {map.Name}), 0), coalesce((SELECT seq FROM sqlite_sequence WHERE name = $table), 0))";
            command.Parameters.AddWithValue("$table", map.Name);
            next[map.Table] = checked(Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) + 1);
        }

        return new BulkIdAllocator(next);
    }

    /// <inheritdoc />
    public async Task<BulkImportResult> ImportAsync(BulkImportBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var clock = Stopwatch.StartNew();
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await BulkValidator.ValidateAsync(batch, (ids, ct) => LoadTextsAsync(connection, ids, ct), cancellationToken).ConfigureAwait(false);

        var counts = new Dictionary<BulkTable, int>();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var map in BulkSchema.Tables)
        {
            var count = map.Count(batch);
            if (count == 0)
            {
                continue;
            }

            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = BulkSchema.InsertSql(map, "$");
            var parameters = new SqliteParameter[map.Columns.Count];
            for (var c = 0; c < parameters.Length; c++)
            {
                parameters[c] = command.Parameters.Add($"$p{c}", map.Columns[c].Type == BulkColumnType.Integer ? SqliteType.Integer : SqliteType.Text);
            }

            command.Prepare();
            var values = new object?[parameters.Length];
            for (var i = 0; i < count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                map.Read(batch, i, values);
                for (var c = 0; c < parameters.Length; c++)
                {
                    parameters[c].Value = values[c] ?? DBNull.Value;
                }

                try
                {
                    // Microsoft.Data.Sqlite runs commands synchronously; the async form only adds overhead.
                    command.ExecuteNonQuery();
                }
                catch (SqliteException ex)
                {
                    throw new BulkImportException(map.Table, i, map.IdAt(batch, i), $"the database rejected the row: {ex.Message}", ex);
                }
            }

            counts[map.Table] = count;
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new BulkImportResult(counts, clock.Elapsed);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
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

    private static async Task<IReadOnlyDictionary<int, string>> LoadTextsAsync(SqliteConnection connection, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var texts = new Dictionary<int, string>();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT text FROM source_documents WHERE id = $id";
        var id = command.Parameters.Add("$id", SqliteType.Integer);
        foreach (var documentId in ids)
        {
            id.Value = documentId;
            if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string text)
            {
                texts[documentId] = text;
            }
        }

        return texts;
    }
}
