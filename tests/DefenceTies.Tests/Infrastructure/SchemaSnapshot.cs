using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Infrastructure;

/// <summary>Reads a database's schema back from its catalogue, to compare how it was created.</summary>
public static class SchemaSnapshot
{
    /// <summary>The model's tables present in the database, sorted; EF Core's own (__EFMigrationsHistory, __EFMigrationsLock) and SQLite's are left out.</summary>
    public static async Task<IReadOnlyList<string>> TablesAsync(DefenceTiesDbContext db) =>
        (await LinesAsync(db, db.Database.IsNpgsql()
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND substr(table_name, 1, 4) <> '__EF' ORDER BY 1"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND substr(name, 1, 4) <> '__EF' ORDER BY 1")).ToList();

    /// <summary>Every table, column, index and constraint definition of the model's tables (and, on PostgreSQL, EF's history table), one per line, sorted.</summary>
    public static Task<IReadOnlyList<string>> FullAsync(DefenceTiesDbContext db) =>
        db.Database.IsNpgsql()
            ? LinesAsync(db, """
                SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '') || ' ' || is_nullable || coalesce(' collate ' || collation_name, '')
                  FROM information_schema.columns WHERE table_schema = 'public'
                UNION ALL
                SELECT 'index ' || indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
                UNION ALL
                SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
                  FROM pg_constraint WHERE connamespace = 'public'::regnamespace
                ORDER BY 1
                """)
            : LinesAsync(db, "SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND substr(tbl_name, 1, 4) <> '__EF' ORDER BY 1");

    private static async Task<IReadOnlyList<string>> LinesAsync(DefenceTiesDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync();
        }

        try
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = sql;
            var lines = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(0));
            }

            return lines;
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }
}
