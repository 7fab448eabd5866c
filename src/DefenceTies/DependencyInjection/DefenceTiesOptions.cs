using DefenceTies;
using DefenceTies.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Options for registering DefenceTies with <c>AddDefenceTiesSqlite</c>, <c>AddDefenceTiesPostgreSql</c>
/// or <see cref="DefenceTiesServiceCollectionExtensions.AddDefenceTiesWithProvider"/>.
/// </summary>
public sealed class DefenceTiesOptions
{
    /// <summary>The default of <see cref="PoolSize"/>: EF Core's own default pool size.</summary>
    public const int DefaultPoolSize = 1024;

    /// <summary>
    /// How many contexts the pool keeps for reuse; 0 turns pooling off (a new context each time).
    /// Pooling saves setting up a context per request; a pooled context is reset when it returns.
    /// </summary>
    public int PoolSize { get; set; } = DefaultPoolSize;

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
    /// Whether <c>Migrate</c> may run on a database whose migration history holds migrations this
    /// version does not know (see
    /// <see cref="DefenceTiesDbContextOptionsBuilderExtensions.AllowUnknownMigrations"/>). Off by
    /// default: such a database is refused with <see cref="UnknownMigrationsException"/>.
    /// </summary>
    public bool AllowUnknownMigrations { get; set; }

    /// <summary>
    /// Whether the model is built from the configurations when the first context starts instead of
    /// loaded from the provider package's compiled model (see
    /// <see cref="DefenceTiesDbContextOptionsBuilderExtensions.UseRuntimeModel"/>). Off by default:
    /// the compiled model starts a program in about half the time.
    /// </summary>
    public bool UseRuntimeModel { get; set; }

    /// <summary>
    /// Further configuration of every context (logging, detailed errors, interceptors...), applied
    /// after the provider and seeding, once: the options are built once and shared by every context.
    /// </summary>
    public Action<DbContextOptionsBuilder>? ConfigureDbContext { get; set; }
}
