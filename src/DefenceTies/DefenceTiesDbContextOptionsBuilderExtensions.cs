using DefenceTies.Seeding;
using Microsoft.EntityFrameworkCore;

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
}
