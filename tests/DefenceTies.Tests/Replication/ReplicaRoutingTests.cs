using System.Diagnostics;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DefenceTies.Tests.Replication;

/// <summary>
/// AddDefenceTiesPostgreSqlWithStandbys on a real primary and hot standby: writer contexts on the
/// primary, read contexts on a standby while one is up and on the primary when none is.
/// </summary>
[Collection(ReplicaTestGroup.Name)]
[Trait(TestTier.Name, TestTier.Process)]
public class ReplicaRoutingTests
{
    [Theory]
    [InlineData(ReplicaDatabase.Registration.ConnectionString)]
    [InlineData(ReplicaDatabase.Registration.MultiHostDataSource)]
    public async Task Read_contexts_run_on_the_standby_and_writer_contexts_on_the_primary(ReplicaDatabase.Registration registration)
    {
        await using var database = await ReplicaDatabase.CreateAsync(registration);

        await using (var reader = await database.Readers.CreateDbContextAsync())
        {
            (await ReplicaDatabase.ServerOfAsync(reader)).Should().Be((true, database.Set.Standby.Port));
        }

        await using (var writer = await database.Writers.CreateDbContextAsync())
        {
            (await ReplicaDatabase.ServerOfAsync(writer)).Should().Be((false, database.Set.Primary.Port));
        }

        // The scoped context an application injects is a writer's too.
        await using var scope = database.Services.CreateAsyncScope();
        (await ReplicaDatabase.ServerOfAsync(scope.ServiceProvider.GetRequiredService<DefenceTiesDbContext>())).Should().Be((false, database.Set.Primary.Port));
    }

    [Theory]
    [InlineData(ReplicaDatabase.Registration.ConnectionString)]
    [InlineData(ReplicaDatabase.Registration.MultiHostDataSource)]
    public async Task A_write_on_the_primary_becomes_visible_to_a_read_context_after_replication(ReplicaDatabase.Registration registration)
    {
        await using var database = await ReplicaDatabase.CreateAsync(registration);

        await using (var writer = await database.Writers.CreateDbContextAsync())
        {
            writer.SourceDocuments.Add(ReplicaDatabase.Document("replicated"));
            await writer.SaveChangesAsync();
        }

        // Replication is asynchronous: poll, as an application without read-your-writes would.
        var clock = Stopwatch.StartNew();
        while (true)
        {
            await using var reader = await database.Readers.CreateDbContextAsync();
            (await ReplicaDatabase.ServerOfAsync(reader)).InRecovery.Should().BeTrue();
            if (await reader.SourceDocuments.AnyAsync(d => d.Key == "replicated"))
            {
                break;
            }

            clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "the standby replays the primary's WAL within milliseconds on one machine");
            await Task.Delay(5);
        }
    }

    [Fact]
    public async Task A_standby_stopped_mid_run_sends_reads_to_the_primary_without_an_error_reaching_the_caller()
    {
        var set = await PostgreSqlReplicaSet.GetAsync();
        var standby = await set.AddStandbyAsync();
        await using var database = await ReplicaDatabase.CreateAsync(hosts: s => [standby, s.Primary]);
        await set.WaitForReplayAsync(standby);
        await using (var writer = await database.Writers.CreateDbContextAsync())
        {
            writer.SourceDocuments.Add(ReplicaDatabase.Document("before-the-stop"));
            await writer.SaveChangesAsync();
        }

        await set.WaitForReplayAsync(standby);

        // Leave several idle connections to the standby in the pool: each is dead once it stops.
        // One context stays leased across the stop, as a long-lived unit of work would.
        var readers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => database.Readers.CreateDbContextAsync()));
        (await Task.WhenAll(readers.Select(ReplicaDatabase.ServerOfAsync))).Should().AllBeEquivalentTo((true, standby.Port));
        foreach (var reader in readers[1..])
        {
            await reader.DisposeAsync();
        }

        await standby.StopAsync();

        await using (var leasedBefore = readers[0])
        {
            (await leasedBefore.SourceDocuments.Select(d => d.Key).ToListAsync()).Should().Equal("before-the-stop");
            (await ReplicaDatabase.ServerOfAsync(leasedBefore)).Should().Be((false, set.Primary.Port));
        }

        for (var i = 0; i < 6; i++)
        {
            await using var reader = await database.Readers.CreateDbContextAsync();
            (await reader.SourceDocuments.Select(d => d.Key).ToListAsync()).Should().Equal("before-the-stop");
            (await ReplicaDatabase.ServerOfAsync(reader)).Should().Be((false, set.Primary.Port));
        }
    }
}
