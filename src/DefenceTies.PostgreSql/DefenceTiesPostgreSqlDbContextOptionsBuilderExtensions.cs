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
    /// The connection string reaches Npgsql exactly as given. The session settings DefenceTies'
    /// queries were measured with (prepared statements, no Parallel Append) are a choice:
    /// <c>npgsqlOptionsAction: npgsql =&gt; npgsql.UseDefenceTiesSessionSettings()</c>, see
    /// <see cref="DefenceTiesPostgreSqlSessionSettingsExtensions.UseDefenceTiesSessionSettings(NpgsqlDbContextOptionsBuilder)"/>.
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
        optionsBuilder.UseNpgsql(connectionString, npgsql => Configure(npgsql, npgsqlOptionsAction));
        PostgreSqlProvider.Configure(optionsBuilder);
        return optionsBuilder;
    }

    /// <summary>
    /// Uses PostgreSQL through an <see cref="NpgsqlDataSource"/> the application built and owns (its
    /// connection pool, type mappings, logging and, for a multi-host data source, its servers);
    /// otherwise as the connection-string overload.
    /// </summary>
    /// <remarks>
    /// The data source is used as built. For the session settings DefenceTies' queries were measured
    /// with, call <see cref="DefenceTiesPostgreSqlSessionSettingsExtensions.UseDefenceTiesSessionSettings(NpgsqlDataSourceBuilder)"/>
    /// on its builder; the Npgsql options' <c>UseDefenceTiesSessionSettings()</c> cannot change a
    /// built data source and throws.
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
