using DefenceTies.PostgreSql;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Explorer;

/// <summary>
/// Which database the explorer reads and whether it may change it. Read from configuration, so
/// <c>--database</c>, <c>--postgres</c>, <c>--migrate</c> and <c>--seed</c> on the command line,
/// environment variables and the tests' <c>UseSetting</c> all work alike. A relative
/// <c>--database</c>, and the default <c>defenceties.db</c>, are taken from <c>--start-directory</c>
/// (which <c>dotnet run</c> sets to the directory it was run from; see the project file) or else
/// the current directory: the file the sample writes when run from the same place.
/// </summary>
public sealed record ExplorerSettings(string? DatabasePath, string? PostgresConnectionString, bool Migrate, bool Seed)
{
    /// <summary>The command line's flags without a value (<c>--migrate</c>, <c>--seed</c>) as the <c>--key=true</c> configuration expects.</summary>
    public static string[] NormalizeArguments(string[] args) =>
        [.. args.Select(a => a is "--migrate" or "--seed" ? a + "=true" : a)];

    public static ExplorerSettings From(IConfiguration configuration)
    {
        var postgres = configuration["postgres"];
        var seed = configuration.GetValue<bool>("seed");
        // Seeding runs inside Migrate (the library's rule), so asking for seeds asks for migrations.
        var migrate = configuration.GetValue<bool>("migrate") || seed;
        return string.IsNullOrWhiteSpace(postgres)
            ? new ExplorerSettings(Path.GetFullPath(configuration["database"] ?? DefaultDatabase, StartDirectory(configuration)), null, migrate, seed)
            : new ExplorerSettings(null, postgres, migrate, seed);
    }

    /// <summary>The SQLite file used without <c>--database</c>: the sample's.</summary>
    public const string DefaultDatabase = "defenceties.db";

    /// <summary>The directory relative paths are resolved against: <c>--start-directory</c>, or the current directory.</summary>
    public static string StartDirectory(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var start = configuration["start-directory"];
        return string.IsNullOrWhiteSpace(start) ? Directory.GetCurrentDirectory() : Path.GetFullPath(start);
    }

    /// <summary>The line the explorer prints on start: which database it opened, and whether it may change it.</summary>
    public string Announce() =>
        $"DefenceTies explorer: {(PostgresConnectionString is null ? "SQLite file " : string.Empty)}{Describe()}, "
        + (Migrate ? $"opened read-write to apply the migrations{(Seed ? " and the seeds" : string.Empty)}." : "opened read-only.");

    /// <summary>What the pages call the database: the file, or the PostgreSQL host and database (never the password).</summary>
    public string Describe()
    {
        if (PostgresConnectionString is null)
        {
            return DatabasePath!;
        }

        var parts = new Npgsql.NpgsqlConnectionStringBuilder(PostgresConnectionString);
        return $"PostgreSQL database {parts.Database} on {parts.Host}";
    }

    /// <summary>Registers the pooled context factory and scoped context of the provider chosen.</summary>
    public void Register(IServiceCollection services)
    {
        if (PostgresConnectionString is not null)
        {
            // The explorer opts into the session settings the library's queries were measured with.
            services.AddDefenceTiesPostgreSql(PostgresConnectionString, o => o.Seed = Seed, npgsql => npgsql.UseDefenceTiesSessionSettings());
            return;
        }

        var connection = new SqliteConnectionStringBuilder { DataSource = DatabasePath };
        // Read-only unless migrating: the explorer cannot write, and a missing file is an error
        // rather than a new empty database created by opening it.
        connection.Mode = Migrate ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadOnly;
        services.AddDefenceTiesSqlite(connection.ToString(), o => o.Seed = Seed);
    }
}
