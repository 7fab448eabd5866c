using DefenceTies;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

// Same namespace as UseNpgsql, so the extension shows up where users already look.
namespace Microsoft.EntityFrameworkCore;

/// <summary>Configures <see cref="DefenceTiesDbContext"/> for PostgreSQL.</summary>
public static class DefenceTiesPostgreSqlDbContextOptionsBuilderExtensions
{
    /// <summary>
    /// Uses PostgreSQL through Npgsql, with the PostgreSQL migrations of this assembly. Use this rather
    /// than a bare <c>UseNpgsql</c>, which would look for migrations in the SQLite assembly.
    /// </summary>
    /// <param name="optionsBuilder">The options being built.</param>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="npgsqlOptionsAction">Further Npgsql options, if any.</param>
    public static DbContextOptionsBuilder<DefenceTiesDbContext> UseDefenceTiesPostgreSql(
        this DbContextOptionsBuilder<DefenceTiesDbContext> optionsBuilder,
        string connectionString,
        Action<NpgsqlDbContextOptionsBuilder>? npgsqlOptionsAction = null)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        ApplyPostgreSql(optionsBuilder, connectionString, npgsqlOptionsAction);
        return optionsBuilder;
    }

    /// <summary>The body of <see cref="UseDefenceTiesPostgreSql"/>, for builders typed only as <see cref="DbContextOptionsBuilder"/> (as dependency injection passes them).</summary>
    internal static void ApplyPostgreSql(DbContextOptionsBuilder optionsBuilder, string connectionString, Action<NpgsqlDbContextOptionsBuilder>? npgsqlOptionsAction)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        optionsBuilder.UseNpgsql(connectionString, npgsql =>
        {
            npgsql.MigrationsAssembly(typeof(DefenceTiesPostgreSqlDbContextOptionsBuilderExtensions).Assembly.GetName().Name);
            npgsqlOptionsAction?.Invoke(npgsql);
        });
    }
}
