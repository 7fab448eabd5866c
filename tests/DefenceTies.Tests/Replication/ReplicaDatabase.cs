using DefenceTies.Model;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DefenceTies.Tests.Replication;

/// <summary>
/// A database of its own on the replica set, registered as an application would register it
/// (<c>AddDefenceTiesPostgreSqlWithStandbys</c>) and migrated through the writer contexts.
/// </summary>
public sealed class ReplicaDatabase : IAsyncDisposable
{
    private readonly NpgsqlMultiHostDataSource? _dataSource;

    private ReplicaDatabase(PostgreSqlReplicaSet set, string name, ServiceProvider services, NpgsqlMultiHostDataSource? dataSource)
    {
        Set = set;
        Name = name;
        Services = services;
        _dataSource = dataSource;
    }

    /// <summary>How the application names its servers.</summary>
    public enum Registration
    {
        ConnectionString,
        MultiHostDataSource,
    }

    public PostgreSqlReplicaSet Set { get; }

    public string Name { get; }

    public ServiceProvider Services { get; }

    public IDbContextFactory<DefenceTiesDbContext> Writers => Services.GetRequiredService<IDbContextFactory<DefenceTiesDbContext>>();

    public DefenceTies.PostgreSql.IDefenceTiesReadContextFactory Readers => Services.GetRequiredService<DefenceTies.PostgreSql.IDefenceTiesReadContextFactory>();

    /// <summary>
    /// A migrated database whose servers the application lists as <paramref name="hosts"/> (by
    /// default the shared standby first, then the primary: the order does not decide the roles).
    /// </summary>
    public static async Task<ReplicaDatabase> CreateAsync(
        Registration registration = Registration.ConnectionString,
        Func<PostgreSqlReplicaSet, PostgreSqlReplicaSet.Node[]>? hosts = null,
        bool migrate = true)
    {
        var set = await PostgreSqlReplicaSet.GetAsync();
        var name = await set.CreateDatabaseAsync();
        var connectionString = PostgreSqlReplicaSet.MultiHost(name, hosts?.Invoke(set) ?? [set.Standby, set.Primary]);
        var services = new ServiceCollection();
        NpgsqlMultiHostDataSource? dataSource = null;
        if (registration == Registration.MultiHostDataSource)
        {
            dataSource = new NpgsqlDataSourceBuilder(connectionString).BuildMultiHost();
            services.AddDefenceTiesPostgreSqlWithStandbys(dataSource);
        }
        else
        {
            services.AddDefenceTiesPostgreSqlWithStandbys(connectionString);
        }

        var database = new ReplicaDatabase(set, name, services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }), dataSource);
        if (migrate)
        {
            await using var writer = await database.Writers.CreateDbContextAsync();
            await writer.Database.MigrateAsync();
            await set.WaitForReplayAsync(set.Standby);
        }

        return database;
    }

    /// <summary>Whether the context's server is a standby, and its port, asked through the context.</summary>
    public static async Task<(bool InRecovery, int Port)> ServerOfAsync(DefenceTiesDbContext db)
    {
        var inRecovery = await db.Database.SqlQuery<bool>($"SELECT pg_is_in_recovery() AS \"Value\"").SingleAsync();
        var port = await db.Database.SqlQuery<int>($"SELECT inet_server_port() AS \"Value\"").SingleAsync();
        return (inRecovery, port);
    }

    /// <summary>A source document: the one fact that needs nothing else stored first.</summary>
    public static SourceDocument Document(string key) => new(key, null, PartialDate.FromYear(2024), $"Text of {key}.");

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }
    }
}
