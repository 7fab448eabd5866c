using DefenceTies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

// Same namespace as AddDbContext and AddSqlite, so the extension shows up where users already look.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="DefenceTiesDbContext"/> with dependency injection.</summary>
/// <remarks>
/// Every registration adds an <see cref="IDbContextFactory{TContext}"/> of
/// <see cref="DefenceTiesDbContext"/> (singleton, for background work and parallel queries) and the
/// context itself (scoped, created by that factory and disposed with the scope). Registering never
/// connects, migrates or seeds: applying migrations is the application's (or its DBA's) decision.
/// </remarks>
public static class DefenceTiesServiceCollectionExtensions
{
    /// <summary>
    /// Registers DefenceTies on SQLite, the embedded default, with the SQLite migrations of this
    /// assembly.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="connectionString">A SQLite connection string, such as <c>Data Source=defenceties.db</c>.</param>
    /// <param name="configure">Seeding and further context options, if any.</param>
    /// <param name="sqliteOptionsAction">Further SQLite options, if any.</param>
    /// <returns>The service collection, for chaining.</returns>
    public static IServiceCollection AddDefenceTies(
        this IServiceCollection services,
        string connectionString,
        Action<DefenceTiesOptions>? configure = null,
        Action<SqliteDbContextOptionsBuilder>? sqliteOptionsAction = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return services.AddDefenceTiesWithProvider(
            builder => builder.UseSqlite(connectionString, sqlite =>
            {
                sqlite.MigrationsAssembly(typeof(DefenceTiesDbContext).Assembly.GetName().Name);
                sqliteOptionsAction?.Invoke(sqlite);
            }),
            configure);
    }

    /// <summary>
    /// Registers DefenceTies on the provider that <paramref name="useProvider"/> configures. The
    /// provider packages build on this (<c>AddDefenceTiesPostgreSql</c>); call it directly only for a
    /// provider setup of your own, and then name the migrations assembly that matches the provider.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="useProvider">Chooses the database provider, such as <c>b =&gt; b.UseSqlite(connection)</c>.</param>
    /// <param name="configure">Seeding and further context options, if any.</param>
    /// <returns>The service collection, for chaining.</returns>
    public static IServiceCollection AddDefenceTiesWithProvider(
        this IServiceCollection services,
        Action<DbContextOptionsBuilder> useProvider,
        Action<DefenceTiesOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(useProvider);

        var options = new DefenceTiesOptions();
        configure?.Invoke(options);

        // AddDbContextFactory registers the factory (and its options) as singletons and the context
        // as a scoped service created by that factory; adding AddDbContext as well would register
        // the options configuration twice.
        services.AddDbContextFactory<DefenceTiesDbContext>(builder =>
        {
            useProvider(builder);
            if (options.Seed)
            {
                DefenceTiesDbContextOptionsBuilderExtensions.ApplySeeding(builder, options.Seeder);
            }

            options.ConfigureDbContext?.Invoke(builder);
        });
        return services;
    }
}
