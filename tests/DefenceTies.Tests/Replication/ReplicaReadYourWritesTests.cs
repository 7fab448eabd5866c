using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Replication;

/// <summary>
/// GetWalPositionAsync on the writer and WaitForReplayAsync on the reader: a read after the wait
/// sees the write; a standby that has not replayed it in time is reported, not read.
/// </summary>
[Collection(ReplicaTestGroup.Name)]
[Trait(TestTier.Name, TestTier.Process)]
public class ReplicaReadYourWritesTests
{
    [Fact]
    public async Task Waiting_for_the_writers_position_makes_the_write_visible_and_a_lagging_standby_times_out_clearly()
    {
        await using var database = await ReplicaDatabase.CreateAsync();
        var standby = database.Set.Standby;

        // A paused replay is a standby lagging for as long as the test needs.
        await standby.ExecuteAsync("SELECT pg_wal_replay_pause()");
        try
        {
            await using var writer = await database.Writers.CreateDbContextAsync();
            writer.SourceDocuments.Add(ReplicaDatabase.Document("read-your-writes"));
            await writer.SaveChangesAsync();
            var written = await writer.Database.GetWalPositionAsync();

            await using var reader = await database.Readers.CreateDbContextAsync();
            (await reader.SourceDocuments.AnyAsync(d => d.Key == "read-your-writes")).Should().BeFalse("the standby has not replayed the write");
            var wait = () => reader.Database.WaitForReplayAsync(written, TimeSpan.FromMilliseconds(300));
            var timeout = (await wait.Should().ThrowAsync<TimeoutException>()).Which;
            timeout.Message.Should().Contain($"127.0.0.1:{standby.Port}").And.Contain(written.ToString()).And.Contain("bytes behind");

            await standby.ExecuteAsync("SELECT pg_wal_replay_resume()");
            await reader.Database.WaitForReplayAsync(written, TimeSpan.FromSeconds(10));
            (await ReplicaDatabase.ServerOfAsync(reader)).Should().Be((true, standby.Port), "the wait keeps the context on the server it waited for");
            (await reader.SourceDocuments.AnyAsync(d => d.Key == "read-your-writes")).Should().BeTrue();
        }
        finally
        {
            await standby.ExecuteAsync("SELECT pg_wal_replay_resume()");
        }
    }

    [Fact]
    public async Task The_position_is_refused_inside_an_uncommitted_transaction_and_on_a_standby()
    {
        await using var database = await ReplicaDatabase.CreateAsync();
        await using var writer = await database.Writers.CreateDbContextAsync();
        await using (await writer.Database.BeginTransactionAsync())
        {
            var inside = () => writer.Database.GetWalPositionAsync();
            (await inside.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("after the transaction commits");
        }

        await using var reader = await database.Readers.CreateDbContextAsync();
        var onStandby = () => reader.Database.GetWalPositionAsync();
        (await onStandby.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("standby");
    }
}
