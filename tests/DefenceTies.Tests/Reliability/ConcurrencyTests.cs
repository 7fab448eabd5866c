using System.Collections.Concurrent;
using System.Diagnostics;
using DefenceTies.Model;
using DefenceTies.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Reliability;

public class ConcurrencyTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_conflicting_edit_raises_a_concurrency_error_and_loses_nothing(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var mine = await first.Agreements.SingleAsync(a => a.Kind == AgreementKind.MemorandumOfUnderstanding);
        var theirs = await second.Agreements.SingleAsync(a => a.Kind == AgreementKind.MemorandumOfUnderstanding);

        mine.RecordEntryIntoForce(PartialDate.FromYear(2013));
        await first.SaveChangesAsync();
        theirs.RecordEnd(PartialDate.FromYear(2020));
        var conflicting = () => second.SaveChangesAsync();

        await conflicting.Should().ThrowAsync<DbUpdateConcurrencyException>();
        await using var check = database.CreateContext();
        var stored = await check.Agreements.AsNoTracking().SingleAsync(a => a.Kind == AgreementKind.MemorandumOfUnderstanding);
        stored.Status.Should().Be(AgreementStatus.InForce);
        stored.EnteredIntoForceOn.Should().Be(PartialDate.FromYear(2013));
        stored.EndedOn.Should().BeNull("the stale edit was refused, not merged");
        stored.Version.Should().Be(1);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Every_saved_edit_increments_the_version(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var group = await db.WorkingGroups.SingleAsync();

        group.ChangeStatus(WorkingGroupStatus.Active);
        await db.SaveChangesAsync();
        group.ChangeStatus(WorkingGroupStatus.Dissolved);
        await db.SaveChangesAsync();

        group.Version.Should().Be(2);
        await using var check = database.CreateContext();
        (await check.WorkingGroups.Select(g => g.Version).SingleAsync()).Should().Be(2);
    }

    [Fact]
    public async Task File_databases_use_write_ahead_logging_and_a_writer_waits_for_the_lock()
    {
        await using var database = await TestDatabase.CreateSeededAsync(DatabaseKind.SqliteFile);
        await using var db = database.CreateContext();
        await db.Database.OpenConnectionAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        (await Pragma(connection, "journal_mode")).Should().Be("wal", "EF Core creates SQLite files in WAL mode, which the file keeps");
        (await Pragma(connection, "foreign_keys")).Should().Be("1");
        await db.Database.CloseConnectionAsync();

        // Another connection holds the write lock for a while; the context's write waits for it
        // (Microsoft.Data.Sqlite retries a busy database until the command timeout) instead of
        // failing with "database is locked".
        await using var holder = new SqliteConnection(database.ConnectionString);
        await holder.OpenAsync();
        await using (var begin = holder.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync();
        }

        var clock = Stopwatch.StartNew();
        // Microsoft.Data.Sqlite runs commands synchronously, even through the async API: wait on another thread.
        var write = Task.Run(() => db.Agreements.Where(a => a.Kind == AgreementKind.MemorandumOfUnderstanding)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Subject, "defence cooperation (edited)")));
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        write.IsCompleted.Should().BeFalse("the writer waits while the lock is held");
        await using (var commit = holder.CreateCommand())
        {
            commit.CommandText = "COMMIT";
            await commit.ExecuteNonQueryAsync();
        }

        (await write).Should().Be(1);
        clock.Elapsed.Should().BeGreaterThan(TimeSpan.FromMilliseconds(400));
    }

    public static TheoryData<DatabaseKind> SharedDatabases => new(DatabaseKind.SqliteFile, DatabaseKind.PostgreSql);

    [Theory]
    [MemberData(nameof(SharedDatabases))]
    public async Task Readers_and_writers_together_see_no_lock_errors_and_lose_no_committed_write(DatabaseKind kind)
    {
        const int writers = 4;
        const int readers = 4;
        const int maxWritesPerWriter = 200;
        var duration = TimeSpan.FromSeconds(4);
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        var citationId = await WriterCitation(database);
        var committed = new ConcurrentBag<string>();
        var errors = new ConcurrentBag<Exception>();
        var reads = 0;
        var clock = Stopwatch.StartNew();

        var writing = Enumerable.Range(1, writers).Select(w => Task.Run(async () =>
        {
            for (var i = 1; i <= maxWritesPerWriter && clock.Elapsed < duration; i++)
            {
                try
                {
                    await using var db = database.CreateContext();
                    var citation = await db.Citations.SingleAsync(c => c.Id == citationId);
                    var name = $"load area w{w} #{i}";
                    db.Add(new CooperationArea(name, citation));
                    await db.SaveChangesAsync();
                    committed.Add(name);
                }
                catch (Exception ex)
                {
                    errors.Add(ex);
                }
            }
        }));
        var reading = Enumerable.Range(1, readers).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < duration)
            {
                try
                {
                    await using var db = database.CreateContext();
                    await db.CooperationAreas.AsNoTracking().CountAsync();
                    await db.DelegationMembers.AsNoTracking().Where(m => m.Role == DelegationRole.Leader).Select(m => new { m.Person.Name, Nation = m.Delegation.Nation.Alpha2Code }).ToListAsync();
                    Interlocked.Increment(ref reads);
                }
                catch (Exception ex)
                {
                    errors.Add(ex);
                }
            }
        }));
        await Task.WhenAll(writing.Concat(reading));

        await using var check = database.CreateContext();
        var stored = await check.CooperationAreas.Where(a => a.Name.StartsWith("load area ")).Select(a => a.Name).ToListAsync();
        output.WriteLine($"{kind}: {committed.Count} writes committed, {reads} read rounds, {errors.Count} errors in {clock.Elapsed.TotalSeconds:F1} s");

        errors.Should().BeEmpty();
        committed.Should().NotBeEmpty();
        stored.Should().BeEquivalentTo(committed, "every committed write is present afterwards");
    }

    private static async Task<int> WriterCitation(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.Citations.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
    }

    private static async Task<string> Pragma(SqliteConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
