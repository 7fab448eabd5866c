using System.Data.Common;
using System.Globalization;
using DefenceTies.Model;
using DefenceTies.Persistence;
using DefenceTies.Persistence.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace DefenceTies.Bulk;

/// <summary>
/// Loads many facts at once without the change tracker: each <see cref="BulkImportBatch"/> is
/// written in one transaction with the database's fastest path. Create one with
/// <c>new SqliteBulkImporter(connectionString)</c> (DefenceTies.Sqlite) or
/// <c>new PostgreSqlBulkImporter(connectionString or dataSource)</c> (DefenceTies.PostgreSql);
/// the database must already be migrated. An importer holds no connection: keep one and use it
/// from any thread. Tables, columns and store types come from the EF model of
/// <see cref="DefenceTiesDbContext"/> for that database, and every constraint of the schema
/// stays on.
/// </summary>
/// <remarks>
/// Errors: a row that breaks a rule of the model raises <see cref="BulkDomainRuleException"/>
/// before anything is written; a row the database refuses raises
/// <see cref="BulkConstraintViolationException"/>. Either way nothing of the batch is stored.
/// Provider packages derive from this class; applications only create and use an importer.
/// </remarks>
public abstract partial class DefenceTiesBulkImporter
{
    private readonly BulkSchema _schema;
    private readonly DefenceTiesProvider _provider;
    private readonly IReadOnlyList<StoreTable> _tables;

    /// <summary>Creates an importer for the database, and with the model, of <paramref name="options"/>.</summary>
    /// <param name="options">Options made by the provider package's <c>UseDefenceTies…</c> method.</param>
    /// <exception cref="InvalidOperationException">The options were not made by a provider package.</exception>
    protected DefenceTiesBulkImporter(DbContextOptions<DefenceTiesDbContext> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var context = new DefenceTiesDbContext(options);
        _provider = context.Provider;
        _schema = BulkSchema.For(context.Model, context.GetService<ISqlGenerationHelper>());
        _tables = [.. _schema.Tables.Select(t => new StoreTable(t))];
    }

    /// <summary>An allocator whose ids follow those already stored (or already generated) in each table.</summary>
    /// <param name="cancellationToken">Cancels the reading.</param>
    public async Task<BulkIdAllocator> CreateIdAllocatorAsync(CancellationToken cancellationToken = default)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var next = new Dictionary<Type, int>();
            foreach (var table in _tables)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT max({table.Key.DelimitedName}) FROM {table.DelimitedName}";
                var stored = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is { } max and not DBNull
                    ? Convert.ToInt64(max, CultureInfo.InvariantCulture)
                    : 0;
                var generated = await ReadLastGeneratedKeyAsync(connection, table, cancellationToken).ConfigureAwait(false);
                next[table.Mapping.Definition.RowType] = checked((int)Math.Max(stored, generated) + 1);
            }

            return new BulkIdAllocator(next);
        }
    }

    /// <summary>
    /// Rows of a table between two reports to the <see cref="IProgress{T}"/> of
    /// <see cref="ImportAsync(BulkImportBatch, IProgress{BulkImportProgress}, CancellationToken)"/>:
    /// often enough for a progress bar, rare enough to cost nothing measurable.
    /// </summary>
    public const int ProgressInterval = 4096;

    /// <summary>Stores every row of <paramref name="batch"/>, or none.</summary>
    /// <param name="batch">The rows; the importer does not change it.</param>
    /// <param name="cancellationToken">Cancels the import; nothing is stored then.</param>
    /// <exception cref="BulkDomainRuleException">A row breaks a rule of the model; nothing was written.</exception>
    /// <exception cref="BulkConstraintViolationException">The database refused a row; nothing was stored.</exception>
    public Task ImportAsync(BulkImportBatch batch, CancellationToken cancellationToken = default) =>
        ImportAsync(batch, progress: null, cancellationToken);

    /// <summary>Stores every row of <paramref name="batch"/>, or none, reporting how far it has come.</summary>
    /// <param name="batch">The rows; the importer does not change it.</param>
    /// <param name="progress">
    /// Told the rows written so far every <see cref="ProgressInterval"/> rows of a table, at the end
    /// of each table, and once the batch is committed; <see langword="null"/> for no reports. It is
    /// called on the importing thread: a <see cref="Progress{T}"/> moves the work elsewhere.
    /// </param>
    /// <param name="cancellationToken">Cancels the import; nothing is stored then.</param>
    /// <exception cref="BulkDomainRuleException">A row breaks a rule of the model; nothing was written.</exception>
    /// <exception cref="BulkConstraintViolationException">The database refused a row; nothing was stored.</exception>
    public async Task ImportAsync(BulkImportBatch batch, IProgress<BulkImportProgress>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var total = batch.TotalRows;
        if (total == 0)
        {
            return;
        }

        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await new BulkValidator(_schema, connection).ValidateAsync(batch, cancellationToken).ConfigureAwait(false);
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                long written = 0;
                var last = string.Empty;
                foreach (var table in _tables)
                {
                    var rows = new TableRows(table, batch, progress is null ? null : new RowsProgress(progress, written, total));
                    if (rows.Count == 0)
                    {
                        continue;
                    }

                    try
                    {
                        await WriteRowsAsync(transaction, rows, cancellationToken).ConfigureAwait(false);
                    }
                    catch (DbException ex) when (Translate(ex, rows) is { } violation)
                    {
                        throw violation;
                    }

                    written += rows.Count;
                    last = table.Name;
                    progress?.Report(new BulkImportProgress(last, written, total, IsCommitted: false));
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                progress?.Report(new BulkImportProgress(last, written, total, IsCommitted: true));
            }
        }
    }

    /// <summary>Opens a connection to the importer's database, set up to enforce every constraint (foreign keys included).</summary>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The open connection; the importer disposes it.</returns>
    protected abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The last key the database's key generator of <paramref name="table"/> handed out (even to a
    /// row since deleted), or 0 if it never did. The importer itself reads the highest key stored.
    /// </summary>
    /// <param name="connection">An open connection from <see cref="OpenConnectionAsync"/>.</param>
    /// <param name="table">The table.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    protected abstract Task<long> ReadLastGeneratedKeyAsync(DbConnection connection, StoreTable table, CancellationToken cancellationToken);

    /// <summary>
    /// Writes every row of one table within <paramref name="transaction"/>, and leaves the table's key
    /// generator after the largest key written. Tables come in an order in which every table follows
    /// the tables it refers to. The rows have passed the model's rules; a provider exception for a
    /// refused row propagates as it is (the importer translates it).
    /// </summary>
    /// <param name="transaction">The import's transaction, on a connection from <see cref="OpenConnectionAsync"/>.</param>
    /// <param name="rows">The table and its rows.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    protected abstract Task WriteRowsAsync(DbTransaction transaction, TableRows rows, CancellationToken cancellationToken);

    /// <summary>
    /// The position of the row the database refused in <paramref name="exception"/>, or
    /// <see langword="null"/> if it cannot be told. By default the row read last, which is right for
    /// a provider that writes each row as it reads it.
    /// </summary>
    /// <param name="exception">The provider's error, raised by <see cref="WriteRowsAsync"/>.</param>
    /// <param name="lastRowRead">The position of the row read last from the <see cref="TableRows"/>, if any.</param>
    protected virtual int? FindRefusedRow(DbException exception, int? lastRowRead) => lastRowRead;

    private BulkConstraintViolationException? Translate(DbException exception, TableRows rows)
    {
        var table = rows.Table.Mapping;
        if (ConstraintViolationTranslator.Translate(exception, _schema.Model, _provider, table.EntityType) is not { } violation)
        {
            return null;
        }

        var index = FindRefusedRow(exception, rows.LastRead);
        var row = index is { } i && i >= 0 && i < rows.Count ? rows.Row(i) : null;
        return new BulkConstraintViolationException(
            violation,
            table.Name,
            row is null ? null : index,
            row?.Id,
            row is null ? null : table.PropertyValue(row, violation.Field));
    }
}
