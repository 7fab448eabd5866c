using DefenceTies.Persistence;
using DefenceTies.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace DefenceTies;

/// <summary>Options for <see cref="DefenceTiesDbContext"/>.</summary>
public static class DefenceTiesDbContextOptionsBuilderExtensions
{
    /// <summary>
    /// Runs <paramref name="seeder"/> (by default <see cref="DefenceTiesSeeder.Default"/>) whenever
    /// EF Core seeds: after <c>Migrate</c>/<c>MigrateAsync</c> and <c>EnsureCreated</c>/<c>EnsureCreatedAsync</c>,
    /// through <c>UseSeeding</c> and <c>UseAsyncSeeding</c>. Seeding is idempotent. Leave this out
    /// where a DBA wants schema changes without data.
    /// </summary>
    public static DbContextOptionsBuilder<DefenceTiesDbContext> UseDefenceTiesSeeding(
        this DbContextOptionsBuilder<DefenceTiesDbContext> optionsBuilder,
        DefenceTiesSeeder? seeder = null)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        var chosen = seeder ?? DefenceTiesSeeder.Default;
        optionsBuilder
            .UseSeeding((context, _) => chosen.Seed((DefenceTiesDbContext)context))
            .UseAsyncSeeding(async (context, _, cancellationToken) => await chosen.SeedAsync((DefenceTiesDbContext)context, cancellationToken).ConfigureAwait(false));
        return optionsBuilder;
    }

    /// <summary>
    /// Lets <c>Migrate</c>/<c>MigrateAsync</c> run on a database whose migration history holds
    /// migrations this version does not know (see <see cref="UnknownMigrationsException"/>, raised
    /// otherwise): this version's missing migrations are applied and the unknown ones left as
    /// they are. Only for a database known to suit this version, for example one a newer version
    /// migrated with changes this version tolerates. Call it after the provider package's
    /// <c>UseDefenceTies…</c> method.
    /// </summary>
    /// <param name="optionsBuilder">The options being built.</param>
    /// <returns>The options builder, for chaining.</returns>
    /// <exception cref="InvalidOperationException">No <c>UseDefenceTies…</c> method was called first.</exception>
    public static DbContextOptionsBuilder<DefenceTiesDbContext> AllowUnknownMigrations(this DbContextOptionsBuilder<DefenceTiesDbContext> optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        var extension = optionsBuilder.Options.FindExtension<DefenceTiesOptionsExtension>()
            ?? throw new InvalidOperationException(
                "AllowUnknownMigrations() needs a database provider first: call UseDefenceTiesSqlite(...) or UseDefenceTiesPostgreSql(...) before it.");
        ((IDbContextOptionsBuilderInfrastructure)optionsBuilder).AddOrUpdateExtension(extension.WithUnknownMigrationsAllowed());
        return optionsBuilder;
    }

    /// <summary>
    /// Builds the model from <see cref="DefenceTiesDbContext"/>'s configurations when the first
    /// context starts, instead of loading the compiled model the provider package ships (the
    /// default, which starts a program in about half the time). A subclass of
    /// <see cref="DefenceTiesDbContext"/> that adds to the model needs it: the compiled model knows
    /// only the library's own entities. Call it after <c>UseDefenceTiesSqlite(...)</c> or
    /// <c>UseDefenceTiesPostgreSql(...)</c>.
    /// </summary>
    /// <param name="optionsBuilder">The options being built.</param>
    /// <returns>The same builder, for chaining.</returns>
    /// <exception cref="InvalidOperationException">No DefenceTies provider has been chosen yet.</exception>
    public static DbContextOptionsBuilder<DefenceTiesDbContext> UseRuntimeModel(this DbContextOptionsBuilder<DefenceTiesDbContext> optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        var extension = optionsBuilder.Options.FindExtension<DefenceTiesOptionsExtension>()
            ?? throw new InvalidOperationException(
                "UseRuntimeModel() needs a database provider first: call UseDefenceTiesSqlite(...) or UseDefenceTiesPostgreSql(...) before it.");
        var infrastructure = (IDbContextOptionsBuilderInfrastructure)optionsBuilder;
        infrastructure.AddOrUpdateExtension(extension.WithRuntimeModel());

        // Only the provider's compiled model is taken away: a model the application set itself stays.
        if (optionsBuilder.Options.FindExtension<CoreOptionsExtension>() is { } core && core.Model is not null && ReferenceEquals(core.Model, extension.Provider.Compiled))
        {
            infrastructure.AddOrUpdateExtension(core.WithModel(null!));
        }

        return optionsBuilder;
    }
}
