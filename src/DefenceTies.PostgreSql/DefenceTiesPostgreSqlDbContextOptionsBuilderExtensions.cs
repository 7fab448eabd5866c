using DefenceTies;
using DefenceTies.PostgreSql;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

// Same namespace as UseNpgsql, so the extension shows up where users already look.
namespace Microsoft.EntityFrameworkCore;

/// <summary>Configures <see cref="DefenceTiesDbContext"/> for PostgreSQL.</summary>
public static class DefenceTiesPostgreSqlDbContextOptionsBuilderExtensions
{
    /// <summary>
    /// Uses PostgreSQL through Npgsql, with the PostgreSQL migrations of this package, snake_case
    /// names and PostgreSQL's constraint errors translated. Use this rather than a bare
    /// <c>UseNpgsql</c>, which <see cref="DefenceTiesDbContext"/> refuses.
    /// </summary>
    /// <remarks>
    /// Statements are prepared automatically: unless the connection string sets
    /// <c>Max Auto Prepare</c>, it is set to 64, so a query sent five times on a connection is planned
    /// once and then only executed. Set <c>Max Auto Prepare=0</c> behind a connection pooler that
    /// cannot keep prepared statements (PgBouncer before 1.21 in transaction mode).
    /// </remarks>
    /// <param name="optionsBuilder">The options being built.</param>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="npgsqlOptionsAction">Further Npgsql options, if any.</param>
    /// <returns>The options builder, for chaining.</returns>
    public static DbContextOptionsBuilder<DefenceTiesDbContext> UseDefenceTiesPostgreSql(
        this DbContextOptionsBuilder<DefenceTiesDbContext> optionsBuilder,
        string connectionString,
        Action<NpgsqlDbContextOptionsBuilder>? npgsqlOptionsAction = null)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        optionsBuilder.UseNpgsql(AutomaticPreparation.Enable(connectionString), npgsql => Configure(npgsql, npgsqlOptionsAction));
        PostgreSqlProvider.Configure(optionsBuilder);
        return optionsBuilder;
    }

    /// <summary>
    /// Uses PostgreSQL through an <see cref="NpgsqlDataSource"/> the application built and owns (its
    /// connection pool, type mappings, logging and, for a multi-host data source, its servers);
    /// otherwise as the connection-string overload.
    /// </summary>
    /// <remarks>
    /// The data source's connection string is used as it is: set <c>Max Auto Prepare</c> in it (64
    /// is what the connection-string overload sets) to have statements prepared automatically.
    /// </remarks>
    /// <param name="optionsBuilder">The options being built.</param>
    /// <param name="dataSource">The data source; the application disposes it.</param>
    /// <param name="npgsqlOptionsAction">Further Npgsql options, if any.</param>
    /// <returns>The options builder, for chaining.</returns>
    public static DbContextOptionsBuilder<DefenceTiesDbContext> UseDefenceTiesPostgreSql(
        this DbContextOptionsBuilder<DefenceTiesDbContext> optionsBuilder,
        NpgsqlDataSource dataSource,
        Action<NpgsqlDbContextOptionsBuilder>? npgsqlOptionsAction = null)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        ArgumentNullException.ThrowIfNull(dataSource);
        optionsBuilder.UseNpgsql(dataSource, npgsql => Configure(npgsql, npgsqlOptionsAction));
        PostgreSqlProvider.Configure(optionsBuilder);
        return optionsBuilder;
    }

    private static void Configure(NpgsqlDbContextOptionsBuilder npgsql, Action<NpgsqlDbContextOptionsBuilder>? npgsqlOptionsAction)
    {
        npgsql.MigrationsAssembly(typeof(PostgreSqlProvider).Assembly.GetName().Name);
        npgsqlOptionsAction?.Invoke(npgsql);
    }
}
