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
    /// Two settings are added unless the connection string gives them. <c>Max Auto Prepare=64</c>:
    /// a query sent five times on a connection is then planned once and only executed; set
    /// <c>Max Auto Prepare=0</c> behind a connection pooler that cannot keep prepared statements
    /// (PgBouncer before 1.21 in transaction mode). <c>Options=-c enable_parallel_append=off</c>:
    /// PostgreSQL would otherwise start parallel workers for small <c>UNION ALL</c> answers such as
    /// the relationship timeline, which costs more than the query; an <c>Options</c> of your own
    /// replaces it.
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
        optionsBuilder.UseNpgsql(ConnectionDefaults.Apply(connectionString), npgsql => Configure(npgsql, npgsqlOptionsAction));
        PostgreSqlProvider.Configure(optionsBuilder);
        return optionsBuilder;
    }

    /// <summary>
    /// Uses PostgreSQL through an <see cref="NpgsqlDataSource"/> the application built and owns (its
    /// connection pool, type mappings, logging and, for a multi-host data source, its servers);
    /// otherwise as the connection-string overload.
    /// </summary>
    /// <remarks>
    /// The data source's connection string is used as it is: the connection-string overload adds
    /// <c>Max Auto Prepare=64</c> and <c>Options=-c enable_parallel_append=off</c>; set them in the
    /// data source's connection string for the same behaviour.
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
