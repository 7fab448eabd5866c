using DefenceTies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

// Same namespace as AddDbContext and AddSqlite, so the extension shows up where users already look.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="DefenceTiesDbContext"/> on SQLite with dependency injection.</summary>
public static class DefenceTiesSqliteServiceCollectionExtensions
{
    /// <summary>
    /// Registers DefenceTies on SQLite, the embedded default: a singleton (pooled)
    /// <see cref="IDbContextFactory{TContext}"/> and a scoped <see cref="DefenceTiesDbContext"/>, as
    /// <see cref="DefenceTiesServiceCollectionExtensions.AddDefenceTiesWithProvider"/> describes.
    /// Registering never connects, migrates or seeds.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="connectionString">A SQLite connection string, such as <c>Data Source=defenceties.db</c>.</param>
    /// <param name="configure">Pooling, seeding and further context options, if any.</param>
    /// <param name="sqliteOptionsAction">Further SQLite options, if any.</param>
    /// <returns>The service collection, for chaining.</returns>
    public static IServiceCollection AddDefenceTiesSqlite(
        this IServiceCollection services,
        string connectionString,
        Action<DefenceTiesOptions>? configure = null,
        Action<SqliteDbContextOptionsBuilder>? sqliteOptionsAction = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return services.AddDefenceTiesWithProvider(builder => builder.UseDefenceTiesSqlite(connectionString, sqliteOptionsAction), configure);
    }
}
