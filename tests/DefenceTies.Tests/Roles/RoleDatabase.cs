using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DefenceTies.Tests.Roles;

/// <summary>
/// A database of its own on the test server with the roles of <c>sql/postgresql/roles.sql</c>,
/// applied with psql as a DBA would, in a schema of its own. Roles belong to the whole server, so
/// each database gets role names of its own; both are dropped afterwards.
/// </summary>
public sealed class RoleDatabase : IAsyncDisposable
{
    private readonly PostgreSqlServer _server;
    private readonly string _password = Guid.NewGuid().ToString("N");

    private RoleDatabase(PostgreSqlServer server, string name, string suffix)
    {
        _server = server;
        Name = name;
        Schema = $"defenceties_{suffix}";
        Owner = $"dt_owner_{suffix}";
        Writer = $"dt_writer_{suffix}";
        Reader = $"dt_reader_{suffix}";
    }

    public string Name { get; }

    public string Schema { get; }

    public string Owner { get; }

    public string Writer { get; }

    public string Reader { get; }

    /// <summary>A new database with the roles applied; <paramref name="migrate"/> has the owner migrate it, and the script run again after.</summary>
    public static async Task<RoleDatabase> CreateAsync(bool migrate = true)
    {
        var psql = ExternalTool.Require("psql", "postgresql-client");
        var server = await PostgreSqlServer.GetAsync();
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var database = new RoleDatabase(server, $"defenceties_roles_{suffix}", suffix);
        await server.ExecuteAsync($"CREATE DATABASE {database.Name}");
        await database.ApplyScriptAsync(psql);

        // Passwords, so that the tests also run on a server that does not trust local connections.
        foreach (var role in new[] { database.Owner, database.Writer, database.Reader })
        {
            await server.ExecuteAsync($"ALTER ROLE {role} PASSWORD '{database._password}'");
        }

        if (migrate)
        {
            await using (var owner = database.ContextAs(database.Owner))
            {
                await owner.Database.MigrateAsync();
            }

            await database.ApplyScriptAsync(psql);
        }

        return database;
    }

    public string ConnectionStringAs(string role) =>
        new NpgsqlConnectionStringBuilder(_server.ConnectionStringFor(Name)) { Username = role, Password = _password }.ConnectionString;

    /// <summary>
    /// A context connected as <paramref name="role"/>. The schema is not public, so EF Core is told
    /// where its history table is, as roles.sql says an application must.
    /// </summary>
    public DefenceTiesDbContext ContextAs(string role, Action<DbContextOptionsBuilder<DefenceTiesDbContext>>? configure = null)
    {
        var builder = new DbContextOptionsBuilder<DefenceTiesDbContext>()
            .UseDefenceTiesPostgreSql(ConnectionStringAs(role), npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", Schema));
        configure?.Invoke(builder);
        return new DefenceTiesDbContext(builder.Options);
    }

    /// <summary>Runs SQL as <paramref name="role"/>, outside EF Core.</summary>
    public async Task ExecuteAsAsync(string role, string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionStringAs(role));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>How many sessions hold DefenceTies' migration lock (an advisory lock) in this database, read by the server's superuser.</summary>
    public async Task<long> MigrationLocksHeldAsync()
    {
        await using var connection = new NpgsqlConnection(_server.ConnectionStringFor(Name));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = 1146375497 AND objid = 1196573012 AND database = (SELECT oid FROM pg_database WHERE datname = current_database())", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await _server.ExecuteAsync($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
        await _server.ExecuteAsync($"DROP ROLE IF EXISTS {Owner}, {Writer}, {Reader}");
    }

    private async Task ApplyScriptAsync(string psql)
    {
        var script = Path.Combine(RepositoryPaths.Root, "sql", "postgresql", "roles.sql");
        var result = await ExternalTool.RunAsync(
            psql,
            ["-v", "ON_ERROR_STOP=1", "-q", "-v", $"schema={Schema}", "-v", $"owner_role={Owner}", "-v", $"writer_role={Writer}", "-v", $"reader_role={Reader}", "-f", script],
            environment: ExternalTool.PsqlEnvironment(_server.ConnectionStringFor(Name)));
        result.ExitCode.Should().Be(0, $"roles.sql must apply: {result.Error}");
    }
}
