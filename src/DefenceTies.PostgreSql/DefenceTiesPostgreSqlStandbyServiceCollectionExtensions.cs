using DefenceTies;
using DefenceTies.PostgreSql;
using DefenceTies.PostgreSql.Replication;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

// Same namespace as AddDbContext and AddNpgsql, so the extension shows up where users already look.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers DefenceTies on a PostgreSQL primary with hot standbys: writer contexts on the primary,
/// read contexts on the standbys.
/// </summary>
public static class DefenceTiesPostgreSqlStandbyServiceCollectionExtensions
{
    /// <summary>
    /// Registers DefenceTies on a primary and its standbys, named together as Npgsql names them: a
    /// multi-host connection string (<c>Host=pg1,pg2,pg3</c>, in any order; Npgsql finds out which
    /// is the primary, and finds the new one after a failover). Writes go to the primary: the
    /// pooled <see cref="IDbContextFactory{TContext}"/> and the scoped <see cref="DefenceTiesDbContext"/>
    /// are registered as <c>AddDefenceTiesPostgreSql</c> registers them, with
    /// <c>Target Session Attributes=primary</c>, and so are migrations and seeding. Reads go where
    /// <see cref="IDefenceTiesReadContextFactory"/> (a pooled singleton) sends them: a standby when
    /// one is up, the primary otherwise (<c>prefer-standby</c>). Registering never connects,
    /// migrates or seeds.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="connectionString">
    /// An Npgsql connection string listing the primary and the standbys in <c>Host</c>; any
    /// <c>Target Session Attributes</c> in it is replaced. One host works too: reads then go to it.
    /// </param>
    /// <param name="configure">
    /// Pooling (both pools), seeding (writer contexts only) and further context options (applied to
    /// the writer's options and to the readers' options), if any.
    /// </param>
    /// <param name="npgsqlOptionsAction">
    /// Further Npgsql options for both, if any. An execution strategy set here (such as
    /// <c>EnableRetryOnFailure</c>) replaces the read contexts' own, which retries a read whose
    /// server went away on another server.
    /// </param>
    /// <returns>The service collection, for chaining.</returns>
    public static IServiceCollection AddDefenceTiesPostgreSqlWithStandbys(
        this IServiceCollection services,
        string connectionString,
        Action<DefenceTiesOptions>? configure = null,
        Action<NpgsqlDbContextOptionsBuilder>? npgsqlOptionsAction = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);

        // Connection strings that differ only in Target Session Attributes share one multi-host
        // pool in Npgsql, and with it what Npgsql knows of each host (primary, standby, offline).
        // Npgsql accepts the attribute only with several hosts; one host serves both sides.
        var hosts = new NpgsqlConnectionStringBuilder(connectionString);
        string Target(string target) =>
            hosts.Host?.Contains(',', StringComparison.Ordinal) == true
                ? new NpgsqlConnectionStringBuilder(connectionString) { TargetSessionAttributes = target }.ConnectionString
                : connectionString;
        var writes = Target("primary");
        var reads = Target("prefer-standby");
        return services.AddWithStandbys((builder, forReads, npgsql) => builder.UseDefenceTiesPostgreSql(forReads ? reads : writes, npgsql), configure, npgsqlOptionsAction);
    }

    /// <summary>
    /// Registers DefenceTies on the primary and standbys of an <see cref="NpgsqlMultiHostDataSource"/>
    /// the application built (and disposes): writer contexts through
    /// <c>WithTargetSession(TargetSessionAttributes.Primary)</c>, read contexts through
    /// <c>WithTargetSession(TargetSessionAttributes.PreferStandby)</c>; otherwise as the
    /// connection-string overload.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="dataSource">The multi-host data source, from <c>NpgsqlDataSourceBuilder.BuildMultiHost()</c>.</param>
    /// <param name="configure">Pooling (both pools), seeding (writer contexts only) and further context options, if any.</param>
    /// <param name="npgsqlOptionsAction">Further Npgsql options for both, if any.</param>
    /// <returns>The service collection, for chaining.</returns>
    public static IServiceCollection AddDefenceTiesPostgreSqlWithStandbys(
        this IServiceCollection services,
        NpgsqlMultiHostDataSource dataSource,
        Action<DefenceTiesOptions>? configure = null,
        Action<NpgsqlDbContextOptionsBuilder>? npgsqlOptionsAction = null)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        var writes = dataSource.WithTargetSession(TargetSessionAttributes.Primary);
        var reads = dataSource.WithTargetSession(TargetSessionAttributes.PreferStandby);
        return services.AddWithStandbys((builder, forReads, npgsql) => builder.UseDefenceTiesPostgreSql(forReads ? reads : writes, npgsql), configure, npgsqlOptionsAction);
    }

    // use chooses the provider for the writers' side (false: the primary) or the readers' (true: prefer-standby).
    private static IServiceCollection AddWithStandbys(
        this IServiceCollection services,
        Action<DbContextOptionsBuilder<DefenceTiesDbContext>, bool, Action<NpgsqlDbContextOptionsBuilder>?> use,
        Action<DefenceTiesOptions>? configure,
        Action<NpgsqlDbContextOptionsBuilder>? npgsqlOptionsAction)
    {
        // The core applies the caller's configuration at once; keep the result for the readers,
        // so configure runs once.
        DefenceTiesOptions? options = null;
        services.AddDefenceTiesWithProvider(builder => use(builder, false, npgsqlOptionsAction), o =>
        {
            configure?.Invoke(o);
            options = o;
        });
        var chosen = options ?? throw new InvalidOperationException("AddDefenceTiesWithProvider did not apply the options.");

        services.AddSingleton<IDefenceTiesReadContextFactory>(_ =>
        {
            var builder = new DbContextOptionsBuilder<DefenceTiesDbContext>();

            // First in line, so a read context refuses a write the same way on any server.
            builder.AddInterceptors(ReadContextGuard.Instance);
            use(builder, true, npgsql =>
            {
                npgsql.ExecutionStrategy(dependencies => new StandbyFailoverExecutionStrategy(dependencies));
                npgsqlOptionsAction?.Invoke(npgsql);
            });
            builder.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
            chosen.ConfigureDbContext?.Invoke(builder);
            return new ReadContextFactory(builder.Options, chosen.PoolSize);
        });
        return services;
    }
}
