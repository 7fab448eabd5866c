using DefenceTies.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DefenceTies.Tests.Registration;

/// <summary>The context holds no configuration of its own, so EF Core can pool it; a context built around the provider packages fails at once.</summary>
public class PoolingTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Registration_pools_contexts_and_a_reused_context_is_reset(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var provider = database.Register(new ServiceCollection(), o => o.PoolSize = 4).BuildServiceProvider();

        var seen = new HashSet<DefenceTiesDbContext>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < 10; i++)
        {
            await using var scope = provider.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DefenceTiesDbContext>();
            seen.Add(db);
            db.ChangeTracker.Entries().Should().BeEmpty("a context leased from the pool starts clean");
            var india = await db.Nations.SingleAsync(n => n.Alpha2Code == "IN");
            india.Name.Should().Be("India");

            // Leave tracked state behind on purpose: the pool must reset it.
            db.ChangeTracker.Entries().Should().NotBeEmpty();
        }

        seen.Should().HaveCount(1, "one scope at a time leases the same pooled context again");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Pooled_contexts_run_in_parallel(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var provider = database.Register(new ServiceCollection()).BuildServiceProvider();
        var factory = provider.GetRequiredService<IDbContextFactory<DefenceTiesDbContext>>();

        var counts = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            await using var db = await factory.CreateDbContextAsync();
            return await db.Nations.CountAsync();
        }));

        counts.Should().AllBeEquivalentTo(249, "the reference seed stores every ISO 3166-1 entry");
    }

    [Fact]
    public void Pooling_can_be_turned_off()
    {
        using var provider = new ServiceCollection()
            .AddDefenceTiesSqlite("Data Source=:memory:", o => o.PoolSize = 0)
            .BuildServiceProvider();

        using var first = provider.CreateScope();
        var a = first.ServiceProvider.GetRequiredService<DefenceTiesDbContext>();
        first.Dispose();
        using var second = provider.CreateScope();
        second.ServiceProvider.GetRequiredService<DefenceTiesDbContext>().Should().NotBeSameAs(a);
    }

    [Fact]
    public async Task A_context_on_an_application_owned_sqlite_connection_works()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var options = new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesSqlite(connection).UseDefenceTiesSeeding().Options;
        await using (var db = new DefenceTiesDbContext(options))
        {
            await db.Database.MigrateAsync();
        }

        await using var again = new DefenceTiesDbContext(options);
        (await again.Nations.CountAsync()).Should().Be(249);
    }

    [Fact]
    public async Task A_registration_on_an_NpgsqlDataSource_works_and_pools()
    {
        await using var database = await TestDatabase.CreateSeededAsync(DatabaseKind.PostgreSql);
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        await using var provider = new ServiceCollection().AddDefenceTiesPostgreSql(dataSource).BuildServiceProvider();

        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DefenceTiesDbContext>();
        (await db.Nations.CountAsync()).Should().Be(249);
    }
}
