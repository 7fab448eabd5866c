using System.Globalization;
using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace DefenceTies.Cli.Database;

/// <summary>What <c>stats</c> reports: rows per table, the source documents, the span of dates the facts cover, and the database's size.</summary>
internal sealed record Stats(
    IReadOnlyList<Stats.TableRows> Tables,
    IReadOnlyList<Stats.Source> Sources,
    string? EarliestFactDate,
    string? LatestFactDate,
    long? SizeBytes)
{
    public sealed record TableRows(string Table, long Rows);

    public sealed record Source(string Key, string? Title, string Origin, string PublishedOn, int Citations);

    /// <summary>Reads the statistics. Counts go through SQL on the model's tables, so a table the model maps is never missed.</summary>
    public static async Task<Stats> ReadAsync(DefenceTiesDbContext db, DatabaseTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(target);
        var sql = db.GetService<ISqlGenerationHelper>();
        var tables = new List<TableRows>();
        string? earliest = null;
        string? latest = null;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null).OrderBy(e => e.GetTableName(), StringComparer.Ordinal))
            {
                var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
                var name = sql.DelimitIdentifier(table.Name, table.Schema);
                tables.Add(new TableRows(table.Name, Convert.ToInt64(await ScalarAsync(db, $"SELECT COUNT(*) FROM {name}", cancellationToken), CultureInfo.InvariantCulture)));

                // Source documents' publication dates are not dates of facts.
                if (entity.ClrType == typeof(SourceDocument))
                {
                    continue;
                }

                foreach (var property in entity.GetProperties().Where(p => (Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType) == typeof(PartialDate)))
                {
                    // Stored partial dates are ISO 8601 text whose ordinal order is chronological (see docs/model.md).
                    var column = sql.DelimitIdentifier(property.GetColumnName(table)!);
                    earliest = Earlier(earliest, await ScalarAsync(db, $"SELECT MIN({column}) FROM {name}", cancellationToken) as string);
                    latest = Later(latest, await ScalarAsync(db, $"SELECT MAX({column}) FROM {name}", cancellationToken) as string);
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        var sources = await db.SourceDocuments.AsNoTracking()
            .OrderBy(d => d.Key)
            .Select(d => new { d.Key, d.Title, d.Origin, d.PublishedOn, Citations = d.Citations.Count })
            .ToListAsync(cancellationToken);
        return new Stats(
            tables,
            sources.Select(s => new Source(s.Key, s.Title, s.Origin.ToString(), s.PublishedOn.ToString(), s.Citations)).ToList(),
            earliest,
            latest,
            await SizeAsync(db, target, cancellationToken));
    }

    private static async Task<long?> SizeAsync(DefenceTiesDbContext db, DatabaseTarget target, CancellationToken cancellationToken)
    {
        if (target.SqlitePath is { } path)
        {
            // Committed pages not yet checkpointed live in the write-ahead log.
            return new[] { path, path + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return Convert.ToInt64(await ScalarAsync(db, "SELECT pg_database_size(current_database())", cancellationToken), CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<object?> ScalarAsync(DefenceTiesDbContext db, string commandText, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = commandText;
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is DBNull ? null : value;
    }

    private static string? Earlier(string? a, string? b) => a is null ? b : b is null ? a : string.CompareOrdinal(a, b) <= 0 ? a : b;

    private static string? Later(string? a, string? b) => a is null ? b : b is null ? a : string.CompareOrdinal(a, b) >= 0 ? a : b;
}
