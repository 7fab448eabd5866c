using System.Data.Common;
using DefenceTies;
using DefenceTies.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;

// Same namespace as UseSqlite, so the extension shows up where users already look.
namespace Microsoft.EntityFrameworkCore;

/// <summary>Configures <see cref="DefenceTiesDbContext"/> for SQLite.</summary>
public static class DefenceTiesSqliteDbContextOptionsBuilderExtensions
{
    /// <summary>
    /// Uses SQLite through Microsoft.Data.Sqlite, with the SQLite migrations of this package,
    /// snake_case names and SQLite's constraint errors translated. Use this rather than a bare
    /// <c>UseSqlite</c>, which <see cref="DefenceTiesDbContext"/> refuses.
    /// </summary>
    /// <param name="optionsBuilder">The options being built.</param>
    /// <param name="connectionString">A SQLite connection string, such as <c>Data Source=defenceties.db</c>.</param>
    /// <param name="sqliteOptionsAction">Further SQLite options, if any.</param>
    /// <returns>The options builder, for chaining.</returns>
    public static DbContextOptionsBuilder<DefenceTiesDbContext> UseDefenceTiesSqlite(
        this DbContextOptionsBuilder<DefenceTiesDbContext> optionsBuilder,
        string connectionString,
        Action<SqliteDbContextOptionsBuilder>? sqliteOptionsAction = null)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        optionsBuilder.UseSqlite(connectionString, sqlite => Configure(sqlite, sqliteOptionsAction));
        SqliteProvider.Configure(optionsBuilder);
        return optionsBuilder;
    }

    /// <summary>
    /// Uses SQLite on a connection the application owns (for example an open in-memory database
    /// that must outlive each context); otherwise as <see cref="UseDefenceTiesSqlite(DbContextOptionsBuilder{DefenceTiesDbContext}, string, Action{SqliteDbContextOptionsBuilder}?)"/>.
    /// </summary>
    /// <param name="optionsBuilder">The options being built.</param>
    /// <param name="connection">A <c>SqliteConnection</c>; the application disposes it.</param>
    /// <param name="sqliteOptionsAction">Further SQLite options, if any.</param>
    /// <returns>The options builder, for chaining.</returns>
    public static DbContextOptionsBuilder<DefenceTiesDbContext> UseDefenceTiesSqlite(
        this DbContextOptionsBuilder<DefenceTiesDbContext> optionsBuilder,
        DbConnection connection,
        Action<SqliteDbContextOptionsBuilder>? sqliteOptionsAction = null)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        ArgumentNullException.ThrowIfNull(connection);
        optionsBuilder.UseSqlite(connection, sqlite => Configure(sqlite, sqliteOptionsAction));
        SqliteProvider.Configure(optionsBuilder);
        return optionsBuilder;
    }

    private static void Configure(SqliteDbContextOptionsBuilder sqlite, Action<SqliteDbContextOptionsBuilder>? sqliteOptionsAction)
    {
        sqlite.MigrationsAssembly(typeof(SqliteProvider).Assembly.GetName().Name);
        sqliteOptionsAction?.Invoke(sqlite);
    }
}
