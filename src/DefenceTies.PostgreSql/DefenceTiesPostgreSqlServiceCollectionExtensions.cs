using DefenceTies;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

// Same namespace as AddDbContext and AddNpgsql, so the extension shows up where users already look.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="DefenceTiesDbContext"/> on PostgreSQL with dependency injection.</summary>
public static class DefenceTiesPostgreSqlServiceCollectionExtensions
{
    /// <summary>
    /// Registers DefenceTies on PostgreSQL: a singleton (pooled) <see cref="IDbContextFactory{TContext}"/>
    /// and a scoped <see cref="DefenceTiesDbContext"/>, as
    /// <see cref="DefenceTiesServiceCollectionExtensions.AddDefenceTiesWithProvider"/> describes.
    /// Registering never connects, migrates or seeds.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="configure">Pooling, seeding and further context options, if any.</param>
    /// <param name="npgsqlOptionsAction">
    /// Further Npgsql options, if any; among them the opt-in session settings,
    /// <c>npgsql =&gt; npgsql.UseDefenceTiesSessionSettings()</c>. Without them the connection string
    /// is used exactly as given.
    /// </param>
    /// <returns>The service collection, for chaining.</returns>
    public static IServiceCollection AddDefenceTiesPostgreSql(
        this IServiceCollection services,
        string connectionString,
        Action<DefenceTiesOptions>? configure = null,
        Action<NpgsqlDbContextOptionsBuilder>? npgsqlOptionsAction = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return services.AddDefenceTiesWithProvider(builder => builder.UseDefenceTiesPostgreSql(connectionString, npgsqlOptionsAction), configure);
    }

    /// <summary>
    /// Registers DefenceTies on PostgreSQL through an <see cref="NpgsqlDataSource"/> the application
    /// built (and disposes); otherwise as the connection-string overload.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="dataSource">The data source.</param>
    /// <param name="configure">Pooling, seeding and further context options, if any.</param>
    /// <param name="npgsqlOptionsAction">Further Npgsql options, if any.</param>
    /// <returns>The service collection, for chaining.</returns>
    public static IServiceCollection AddDefenceTiesPostgreSql(
        this IServiceCollection services,
        NpgsqlDataSource dataSource,
        Action<DefenceTiesOptions>? configure = null,
        Action<NpgsqlDbContextOptionsBuilder>? npgsqlOptionsAction = null)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        return services.AddDefenceTiesWithProvider(builder => builder.UseDefenceTiesPostgreSql(dataSource, npgsqlOptionsAction), configure);
    }
}
