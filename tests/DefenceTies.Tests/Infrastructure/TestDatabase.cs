using System.Security.Cryptography;
using System.Text;
using DefenceTies.FactPacks;
using DefenceTies.Tests.FactPacks;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DefenceTies.Tests.Infrastructure;

/// <summary>
/// A fresh, empty database of one kind, used by one test and dropped afterwards, so tests never
/// see each other's data. Contexts it creates share its connection settings.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly SqliteConnection? _keepAlive;
    private readonly string? _file;
    private readonly PostgreSqlServer? _server;
    private readonly string? _postgresDatabase;

    private TestDatabase(DatabaseKind kind, string connectionString, SqliteConnection? keepAlive = null, string? file = null, PostgreSqlServer? server = null, string? postgresDatabase = null)
    {
        Kind = kind;
        ConnectionString = connectionString;
        _keepAlive = keepAlive;
        _file = file;
        _server = server;
        _postgresDatabase = postgresDatabase;
    }

    public DatabaseKind Kind { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseKind kind)
    {
        switch (kind)
        {
            case DatabaseKind.SqliteInMemory:
                {
                    // A named shared-cache memory database lives as long as one connection to it is open.
                    var cs = $"Data Source=defenceties-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
                    var keepAlive = new SqliteConnection(cs);
                    await keepAlive.OpenAsync();
                    return new TestDatabase(kind, cs, keepAlive: keepAlive);
                }

            case DatabaseKind.SqliteFile:
                {
                    // Pooled, as an application's connections are by default: SQLite reads the schema
                    // (its CHECKs spell out Unicode's invisible ranges) once per physical connection.
                    var file = Path.Combine(Path.GetTempPath(), $"defenceties-test-{Guid.NewGuid():N}.db");
                    return new TestDatabase(kind, $"Data Source={file}", file: file);
                }

            case DatabaseKind.PostgreSql:
                {
                    var server = await PostgreSqlServer.GetAsync();
                    var name = $"defenceties_test_{Guid.NewGuid():N}";
                    await server.ExecuteAsync($"CREATE DATABASE {name}");
                    return new TestDatabase(kind, server.ConnectionStringFor(name), server: server, postgresDatabase: name);
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    /// <summary>Options for a context on this database; <paramref name="configure"/> may add more.</summary>
    public DbContextOptions<DefenceTiesDbContext> Options(Action<DbContextOptionsBuilder<DefenceTiesDbContext>>? configure = null)
    {
        var builder = new DbContextOptionsBuilder<DefenceTiesDbContext>();
        if (Kind == DatabaseKind.PostgreSql)
        {
            builder.UseDefenceTiesPostgreSql(ConnectionString);
        }
        else
        {
            builder.UseDefenceTiesSqlite(ConnectionString);
        }

        builder.EnableDetailedErrors();
        configure?.Invoke(builder);
        return builder.Options;
    }

    /// <summary>Registers DefenceTies on this database the way an application would: AddDefenceTies (SQLite) or AddDefenceTiesPostgreSql.</summary>
    public IServiceCollection Register(IServiceCollection services, Action<DefenceTiesOptions>? configure = null) =>
        Kind == DatabaseKind.PostgreSql
            ? services.AddDefenceTiesPostgreSql(ConnectionString, configure)
            : services.AddDefenceTiesSqlite(ConnectionString, configure);

    public DefenceTiesDbContext CreateContext(Action<DbContextOptionsBuilder<DefenceTiesDbContext>>? configure = null) => new(Options(configure));

    /// <summary>A migrated (schema only) database, copied from a template migrated once per run (see <see cref="CreateFromTemplateAsync"/>).</summary>
    public static Task<TestDatabase> CreateMigratedAsync(DatabaseKind kind) =>
        CreateFromTemplateAsync(kind, "migrated", seeding: false);

    /// <summary>A migrated database holding the built-in seeds, copied from a template seeded once per run (see <see cref="CreateFromTemplateAsync"/>).</summary>
    public static Task<TestDatabase> CreateSeededAsync(DatabaseKind kind) =>
        CreateFromTemplateAsync(kind, "seeded", seeding: true);

    /// <summary>
    /// A seeded database into which the test fixture packs <paramref name="packs"/> (file names under
    /// FactPacks/Packs) have been imported in order, copied from a template built once per run for each
    /// list of packs: the imports a test only reads back cost once, not once per test and engine.
    /// The imports themselves are tested where a test imports a pack into <see cref="CreateSeededAsync"/>.
    /// </summary>
    public static async Task<TestDatabase> CreateImportedAsync(DatabaseKind kind, params string[] packs)
    {
        ArgumentOutOfRangeException.ThrowIfZero(packs.Length);
        var purpose = "imported_" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', packs))))[..16].ToLowerInvariant();
        async Task Import(DbContextOptionsBuilder<DefenceTiesDbContext> options)
        {
            await using var db = new DefenceTiesDbContext(options.Options);
            foreach (var pack in packs)
            {
                await db.ImportFactPackAsync(await FactPack.LoadAsync(FactPackImportTests.PackPath(pack)));
            }
        }

        if (kind == DatabaseKind.PostgreSql)
        {
            var server = await PostgreSqlServer.GetAsync();
            var seeded = await server.GetOrCreateTemplateAsync("seeded", cs => Migrate(new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesPostgreSql(cs), seeding: true));
            var template = await server.GetOrCreateTemplateAsync(purpose, cs => Import(new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesPostgreSql(cs)), basedOn: seeded);
            return await CopyAsync(server, template);
        }

        var seededFile = await SqliteTemplates.GetOrCreateAsync("seeded", cs => Migrate(new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesSqlite(cs), seeding: true));
        var file = await SqliteTemplates.GetOrCreateAsync(purpose, cs => Import(new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesSqlite(cs)), basedOn: seededFile);
        return await CopyAsync(kind, file);
    }

    /// <summary>
    /// A database of its own in the state <c>Migrate()</c> (with the built-in seeds when
    /// <paramref name="seeding"/>) leaves an empty one: the first call of the run migrates a template
    /// database, every call copies it — <c>CREATE DATABASE ... TEMPLATE</c> on PostgreSQL, a file
    /// copy or SQLite's backup API on SQLite (<see cref="SqliteTemplates"/>) — which is the same
    /// state at a fraction of the cost. Tests of migrating and seeding themselves start from
    /// <see cref="CreateAsync"/> instead.
    /// </summary>
    private static async Task<TestDatabase> CreateFromTemplateAsync(DatabaseKind kind, string purpose, bool seeding)
    {
        if (kind == DatabaseKind.PostgreSql)
        {
            var server = await PostgreSqlServer.GetAsync();
            return await CopyAsync(server, await server.GetOrCreateTemplateAsync(purpose, cs => Migrate(new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesPostgreSql(cs), seeding)));
        }

        return await CopyAsync(kind, await SqliteTemplates.GetOrCreateAsync(purpose, cs => Migrate(new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesSqlite(cs), seeding)));
    }

    private static async Task Migrate(DbContextOptionsBuilder<DefenceTiesDbContext> options, bool seeding)
    {
        if (seeding)
        {
            options.UseDefenceTiesSeeding();
        }

        await using var db = new DefenceTiesDbContext(options.Options);
        await db.Database.MigrateAsync();
    }

    private static async Task<TestDatabase> CopyAsync(PostgreSqlServer server, string template)
    {
        var name = $"defenceties_test_{Guid.NewGuid():N}";
        // FILE_COPY copies the template's files; the default (WAL_LOG, PostgreSQL 15) writes every
        // page to the WAL, which took 300 ms per database against 170 ms on this machine.
        await server.ExecuteAsync($"CREATE DATABASE {name} TEMPLATE {template} STRATEGY FILE_COPY");
        return new TestDatabase(DatabaseKind.PostgreSql, server.ConnectionStringFor(name), server: server, postgresDatabase: name);
    }

    private static async Task<TestDatabase> CopyAsync(DatabaseKind kind, string templateFile)
    {
        var database = await CreateAsync(kind);
        if (kind == DatabaseKind.SqliteInMemory)
        {
            SqliteTemplates.CopyTo(templateFile, database._keepAlive!);
        }
        else
        {
            SqliteTemplates.CopyTo(templateFile, database._file!);
        }

        return database;
    }

    public async ValueTask DisposeAsync()
    {
        if (_keepAlive is not null)
        {
            await _keepAlive.DisposeAsync();
        }

        if (_server is not null && _postgresDatabase is not null)
        {
            // Only this database's pool: clearing every pool would close the idle connections of
            // the tests running beside this one, and each would pay for a new server backend.
            NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
            await _server.ExecuteAsync($"DROP DATABASE IF EXISTS {_postgresDatabase} WITH (FORCE)");
        }

        if (_file is not null)
        {
            // Only this file's pool (see above): SQLite reads the schema again on every new connection.
            SqliteConnection.ClearPool(new SqliteConnection(ConnectionString));
            foreach (var path in new[] { _file, _file + "-wal", _file + "-shm", _file + "-journal", _file + "-migrationlock" })
            {
                File.Delete(path);
            }
        }
    }
}
