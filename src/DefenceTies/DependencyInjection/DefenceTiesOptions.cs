using DefenceTies;
using DefenceTies.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Options for registering DefenceTies with
/// <see cref="DefenceTiesServiceCollectionExtensions.AddDefenceTies"/> (SQLite),
/// <c>AddDefenceTiesPostgreSql</c> (from DefenceTies.PostgreSql) or
/// <see cref="DefenceTiesServiceCollectionExtensions.AddDefenceTiesWithProvider"/>.
/// </summary>
public sealed class DefenceTiesOptions
{
    /// <summary>
    /// Whether to wire seeding into the context (see
    /// <see cref="DefenceTiesDbContextOptionsBuilderExtensions.UseDefenceTiesSeeding"/>): the seeds
    /// then run when the application calls <c>Migrate</c> or <c>EnsureCreated</c>. Off by default.
    /// Registration itself never touches the database.
    /// </summary>
    public bool Seed { get; set; }

    /// <summary>The seeder used when <see cref="Seed"/> is on; <see cref="DefenceTiesSeeder.Default"/> when <see langword="null"/>.</summary>
    public DefenceTiesSeeder? Seeder { get; set; }

    /// <summary>
    /// Further configuration of every context (logging, detailed errors, interceptors...), applied
    /// after the provider and seeding.
    /// </summary>
    public Action<DbContextOptionsBuilder>? ConfigureDbContext { get; set; }
}
