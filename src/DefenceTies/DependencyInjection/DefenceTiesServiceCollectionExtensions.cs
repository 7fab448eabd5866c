using DefenceTies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

// Same namespace as AddDbContext, so the extension shows up where users already look.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="DefenceTiesDbContext"/> with dependency injection.</summary>
/// <remarks>
/// Applications call a provider package's method, <c>AddDefenceTiesSqlite</c> (DefenceTies.Sqlite) or
/// <c>AddDefenceTiesPostgreSql</c> (DefenceTies.PostgreSql); both are built on
/// <see cref="AddDefenceTiesWithProvider"/>. Every registration adds an
/// <see cref="IDbContextFactory{TContext}"/> of <see cref="DefenceTiesDbContext"/> (singleton, for
/// background work and parallel queries; pooled unless <see cref="DefenceTiesOptions.PoolSize"/> is 0)
/// and the context itself (scoped, created by that factory and disposed, or returned to the pool,
/// with the scope). Registering never connects, migrates or seeds: applying migrations is the
/// application's (or its DBA's) decision.
/// </remarks>
public static class DefenceTiesServiceCollectionExtensions
{
    /// <summary>
    /// Registers DefenceTies on the provider that <paramref name="useProvider"/> configures, which
    /// must call a provider package's <c>UseDefenceTies…</c> method (for example
    /// <c>b =&gt; b.UseDefenceTiesSqlite(connectionString)</c>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="useProvider">Chooses the database provider through a provider package.</param>
    /// <param name="configure">Pooling, seeding and further context options, if any.</param>
    /// <returns>The service collection, for chaining.</returns>
    public static IServiceCollection AddDefenceTiesWithProvider(
        this IServiceCollection services,
        Action<DbContextOptionsBuilder<DefenceTiesDbContext>> useProvider,
        Action<DefenceTiesOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(useProvider);

        var options = new DefenceTiesOptions();
        configure?.Invoke(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.PoolSize, nameof(DefenceTiesOptions.PoolSize));

        void Build(DbContextOptionsBuilder builder)
        {
            var typed = (DbContextOptionsBuilder<DefenceTiesDbContext>)builder;
            useProvider(typed);
            if (options.Seed)
            {
                typed.UseDefenceTiesSeeding(options.Seeder);
            }

            if (options.AllowUnknownMigrations)
            {
                typed.AllowUnknownMigrations();
            }

            if (options.UseRuntimeModel)
            {
                typed.UseRuntimeModel();
            }

            options.ConfigureDbContext?.Invoke(builder);
        }

        if (options.PoolSize > 0)
        {
            // A pooled factory resets and reuses contexts; the scoped context is leased from it and
            // goes back to the pool when the scope ends.
            services.AddPooledDbContextFactory<DefenceTiesDbContext>(Build, options.PoolSize);
            services.TryAddScoped(provider => provider.GetRequiredService<IDbContextFactory<DefenceTiesDbContext>>().CreateDbContext());
        }
        else
        {
            // AddDbContextFactory registers the factory (and its options) as singletons and the
            // context as a scoped service created by that factory.
            services.AddDbContextFactory<DefenceTiesDbContext>(Build);
        }

        return services;
    }
}
