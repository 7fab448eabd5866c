using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DefenceTies.Cli.Database;

/// <summary>
/// The database a command works on, from <c>--database</c> or <c>--postgres</c>: how to open it and
/// how to name it in messages without its password.
/// </summary>
internal sealed class DatabaseTarget
{
    private readonly string? _postgres;

    private DatabaseTarget(string? sqlitePath, string? postgres, string description)
    {
        SqlitePath = sqlitePath;
        _postgres = postgres;
        Description = description;
    }

    /// <summary>The full path of the SQLite file, or <see langword="null"/> for PostgreSQL.</summary>
    public string? SqlitePath { get; }

    public bool IsPostgreSql => _postgres is not null;

    /// <summary>The database in words, safe to print: the SQLite path, or PostgreSQL's database, host and user (never the password).</summary>
    public string Description { get; }

    /// <summary>Whether there is anything to open: a PostgreSQL server is asked when connecting, a SQLite file must exist.</summary>
    public bool Exists => SqlitePath is null || File.Exists(SqlitePath);

    public static DatabaseTarget From(DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Postgres is null)
        {
            var path = Path.GetFullPath(settings.Database ?? DatabaseSettings.DefaultDatabaseFile);
            return new DatabaseTarget(path, null, path);
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(settings.Postgres);
        }
        catch (ArgumentException ex)
        {
            // The driver's message may quote the string it could not parse.
            SecretMask.Shared.Add(settings.Postgres);
            throw new CliException(ExitCodes.InvalidInput, $"--postgres is not a valid Npgsql connection string ({ex.Message}). Write it as \"Host=...;Database=...;Username=...\".", ex);
        }

        SecretMask.Shared.Add(builder.Password);
        SecretMask.Shared.Add(Environment.GetEnvironmentVariable("PGPASSWORD"));
        var host = builder.Host ?? "localhost";
        var description = $"PostgreSQL database '{builder.Database ?? builder.Username ?? "(default)"}' on {host}:{builder.Port}"
            + (builder.Username is null ? string.Empty : $" as '{builder.Username}'");
        return new DatabaseTarget(null, settings.Postgres, description);
    }

    /// <summary>Options for a context on this database.</summary>
    /// <param name="create">For SQLite, create the file if it does not exist (only <c>migrate --apply</c> does).</param>
    /// <param name="allowUnknownMigrations">Let <c>MigrateAsync</c> run past migrations this version does not know (<c>--force</c>).</param>
    public DbContextOptions<DefenceTiesDbContext> Options(bool create = false, bool allowUnknownMigrations = false)
    {
        var builder = new DbContextOptionsBuilder<DefenceTiesDbContext>();
        if (_postgres is not null)
        {
            // The tool opts into the session settings its queries were measured with (docs/performance.md).
            builder.UseDefenceTiesPostgreSql(_postgres, npgsql => npgsql.UseDefenceTiesSessionSettings());
        }
        else
        {
            var connection = new SqliteConnectionStringBuilder
            {
                DataSource = SqlitePath,
                // Without this, any command pointed at a mistyped path would leave an empty database there.
                Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            };
            builder.UseDefenceTiesSqlite(connection.ConnectionString);
        }

        if (allowUnknownMigrations)
        {
            builder.AllowUnknownMigrations();
        }

        return builder.Options;
    }

    public DefenceTiesDbContext CreateContext(bool create = false, bool allowUnknownMigrations = false) =>
        new(Options(create, allowUnknownMigrations));
}
