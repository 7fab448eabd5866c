using System.Data.Common;
using System.Diagnostics;
using DefenceTies.Model;
using DefenceTies.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace DefenceTies.Tests.Reliability;

/// <summary>
/// <c>Database.Migrate()</c> on a context configured by <c>UseDefenceTies…</c> never hangs on a lock
/// a dead process left, and migrators of one database wait for each other instead of colliding.
/// Migrators are separate processes (tests/DefenceTies.Tests.ChildProcess), killed with SIGKILL.
/// </summary>
[Trait(TestTier.Name, TestTier.Process)]
public class MigrationLockTests(ITestOutputHelper output)
{
    /// <summary>A cold child process on a busy two-core machine can take seconds to start.</summary>
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);

    /// <summary>How long a migration after a kill may take: seconds, not the "forever" of a stale lock.</summary>
    private static readonly TimeSpan RecoveryLimit = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Killing_Migrate_at_random_points_never_blocks_the_next_Migrate()
    {
        const int kills = 6;
        var reference = await ReferenceSchemaAsync(DatabaseKind.SqliteFile);
        var random = new Random(20261201);

        // Each child starts while the one before runs, which hides most of its start-up; the first
        // migrates uninterrupted, to measure how long Migrate() takes here and how long it holds
        // the lock after it starts applying, so that the kills fall inside those spans.
        var child = ChildProcess.Start("migrate", "sqlite");
        Process? next = ChildProcess.Start("migrate", "sqlite");
        try
        {
            TimeSpan whole, applying;
            await using (var calibration = await TestDatabase.CreateAsync(DatabaseKind.SqliteFile))
            {
                var lines = await ReadyAsync(child);
                await child.StandardInput.WriteLineAsync(calibration.ConnectionString);
                (await lines.NextAsync(StartLimit)).Should().Be("migrating");
                var clock = Stopwatch.StartNew();
                (await lines.NextAsync(StartLimit)).Should().Be("applying");
                var applyingAt = clock.Elapsed;
                (await OutcomeAsync(lines)).Should().StartWith("migrated ");
                (whole, applying) = (clock.Elapsed, clock.Elapsed - applyingAt);
                child.StandardInput.Close();
                await child.WaitForExitAsync();
                child.Dispose();
            }

            output.WriteLine($"an uninterrupted Migrate() took {whole.TotalMilliseconds:F0} ms in a child process, {applying.TotalMilliseconds:F0} ms of it from the start of applying");
            var killedHoldingTheLock = 0;
            for (var kill = 1; kill <= kills; kill++)
            {
                (child, next) = (next, kill < kills ? ChildProcess.Start("migrate", "sqlite") : null);
                await using var database = await TestDatabase.CreateAsync(DatabaseKind.SqliteFile);
                var file = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;

                // Odd kills fall anywhere in Migrate(); even ones in the first half of the span after
                // it starts applying, while it holds the lock, which is where a lock that outlives its
                // process would be left behind (with six kills, a kill anywhere in that span missed
                // the lock in all three tries once, and the test proved nothing).
                var from = kill % 2 == 1 ? "migrating" : "applying";
                var delay = from == "migrating" ? whole * random.NextDouble() : applying * random.NextDouble() * 0.5;
                IReadOnlyList<string> said;
                using (child)
                {
                    var lines = await ReadyAsync(child!);
                    await child!.StandardInput.WriteLineAsync(database.ConnectionString);
                    (await lines.NextAsync(StartLimit)).Should().Be("migrating");
                    if (from == "applying")
                    {
                        (await lines.NextAsync(StartLimit)).Should().Be("applying");
                    }

                    await Task.Delay(delay);
                    child.Kill();
                    await child.WaitForExitAsync();
                    said = await lines.RestAsync();
                }

                // The child says "applying" once it holds the lock and starts the migration, which
                // commits in one transaction with its history row.
                var killed = await InspectAsync(file);
                var applyingBegan = from == "applying" || said.Contains("applying");
                var moment = killed.Applied > 0 ? "after the commit" : applyingBegan ? "holding the lock, before the commit" : "before applying began";
                killedHoldingTheLock += moment == "holding the lock, before the commit" ? 1 : 0;
                killed.LockTable.Should().BeFalse("a database file is locked through its side file, never through EF Core's __EFMigrationsLock row");

                var clock = Stopwatch.StartNew();
                await using (var db = database.CreateContext())
                {
                    await db.Database.MigrateAsync().WaitAsync(RecoveryLimit);
                    clock.Stop();
                    (await SchemaSnapshot.FullAsync(db)).Should().Equal(reference, "the schema is complete");
                    (await db.Database.GetAppliedMigrationsAsync()).Should().Equal(db.Database.GetMigrations(), "the history lists every migration once");
                }

                var after = await InspectAsync(file);
                after.IntegrityCheck.Should().Be("ok");
                output.WriteLine($"kill {kill} {delay.TotalMilliseconds:F0} ms after {from}, {moment}: left {killed.Tables} tables and {killed.Applied} applied migration(s); migrated again in {clock.ElapsedMilliseconds} ms");
            }

            killedHoldingTheLock.Should().BeGreaterThan(0, "some kills must land while the lock is held, or the test proves nothing");
        }
        finally
        {
            // A failed round leaves the next child started; do not let it outlive the test.
            if (next is { HasExited: false })
            {
                next.Kill();
            }

            next?.Dispose();
        }
    }

    public static TheoryData<DatabaseKind> SharedDatabases => new(DatabaseKind.SqliteFile, DatabaseKind.PostgreSql);

    [Theory]
    [MemberData(nameof(SharedDatabases))]
    public async Task A_migrator_holding_the_lock_makes_others_wait_until_it_is_killed(DatabaseKind kind)
    {
        var reference = await ReferenceSchemaAsync(kind);
        await using var database = await TestDatabase.CreateAsync(kind);
        using var holder = ChildProcess.Start("hold", Provider(kind), database.ConnectionString);
        await using var db = database.CreateContext();
        Task migrating;
        try
        {
            var lines = new ChildOutput(holder);
            (await lines.NextAsync(StartLimit)).Should().Be("holding", "the child migrated and holds the lock while it seeds");
            migrating = Task.Run(() => db.Database.MigrateAsync());
            await Task.Delay(TimeSpan.FromSeconds(1));
            migrating.IsCompleted.Should().BeFalse("another process holds the migration lock");
        }
        finally
        {
            // The holder never ends by itself.
            holder.Kill();
            await holder.WaitForExitAsync();
        }

        var clock = Stopwatch.StartNew();
        await migrating.WaitAsync(RecoveryLimit);
        output.WriteLine($"{kind}: Migrate() went on {clock.ElapsedMilliseconds} ms after the holder was killed");

        (await SchemaSnapshot.FullAsync(db)).Should().Equal(reference);
        (await db.Database.GetAppliedMigrationsAsync()).Should().Equal(db.Database.GetMigrations());
    }

    [Fact]
    public async Task A_lock_row_left_in_EF_Cores_lock_table_is_not_waited_for()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.SqliteFile);
        await using (var connection = new SqliteConnection(database.ConnectionString))
        {
            // What EF Core's own SQLite lock leaves behind when its process is killed.
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
                INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-11-30 00:00:00+00:00');
                """;
            await command.ExecuteNonQueryAsync();
        }

        await using var db = database.CreateContext();
        db.Database.Migrate();

        (await db.Database.GetAppliedMigrationsAsync()).Should().Equal(db.Database.GetMigrations());
    }

    [Fact]
    public async Task Four_processes_migrating_one_empty_database_at_once_all_succeed()
    {
        const int rounds = 3;
        const int migrators = 4;
        var reference = await ReferenceSchemaAsync(DatabaseKind.PostgreSql);
        var children = Enumerable.Range(0, migrators).Select(_ => ChildProcess.Start("migrate", "postgresql")).ToList();
        try
        {
            // The children start once and migrate one database a round, all four as soon as they
            // read its connection string, so their Migrate() calls overlap.
            var lines = await Task.WhenAll(children.Select(ReadyAsync));
            for (var round = 1; round <= rounds; round++)
            {
                await using var database = await TestDatabase.CreateAsync(DatabaseKind.PostgreSql);
                var clock = Stopwatch.StartNew();
                foreach (var child in children)
                {
                    await child.StandardInput.WriteLineAsync(database.ConnectionString);
                }

                var results = await Task.WhenAll(lines.Select(async l =>
                {
                    (await l.NextAsync(StartLimit)).Should().Be("migrating");
                    return await OutcomeAsync(l);
                }));
                clock.Stop();
                output.WriteLine($"round {round}: {string.Join("; ", results)} (all done after {clock.ElapsedMilliseconds} ms)");

                results.Should().AllSatisfy(r => r.Should().StartWith("migrated "), "concurrent migrators wait for each other instead of colliding");
                await using var db = database.CreateContext();
                (await SchemaSnapshot.FullAsync(db)).Should().Equal(reference);
                (await db.Database.GetAppliedMigrationsAsync()).Should().Equal(db.Database.GetMigrations());
            }
        }
        finally
        {
            foreach (var child in children)
            {
                child.StandardInput.Close();
                if (!child.WaitForExit(TimeSpan.FromSeconds(10)))
                {
                    child.Kill();
                }

                child.Dispose();
            }
        }
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Migrating_an_empty_database_runs_no_failing_command(DatabaseKind kind)
    {
        // The lock reads the history before the migrator creates it; a read that fails and is
        // caught would still be logged as an error.
        await using var database = await TestDatabase.CreateAsync(kind);
        var failed = new List<string>();
        await using var db = database.CreateContext(o => o.LogTo(failed.Add, [RelationalEventId.CommandError]));

        await db.Database.MigrateAsync();

        failed.Should().BeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).Should().Equal(db.Database.GetMigrations());
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Errors_of_migration_commands_reach_the_provider_untranslated(DatabaseKind kind)
    {
        // Npgsql's history repository catches the unique violation of two processes creating the
        // history table at once; a ConstraintViolationException in its place would escape it.
        await using var database = await TestDatabase.CreateMigratedAsync(kind);
        await using var db = database.CreateContext();
        var history = db.GetService<IHistoryRepository>();
        var duplicate = history.GetInsertScript(new HistoryRow(db.Database.GetMigrations().First(), "0.0.0"));
        var parameters = new RelationalCommandParameterObject(
            db.GetService<IRelationalConnection>(), null, null, db, db.GetService<IRelationalCommandDiagnosticsLogger>(), CommandSource.Migrations);

        var asMigration = () => db.GetService<IRawSqlCommandBuilder>().Build(duplicate).ExecuteNonQueryAsync(parameters);
        var asRawSql = () => db.Database.ExecuteSqlRawAsync(duplicate);

        await asMigration.Should().ThrowAsync<DbException>();
        await asRawSql.Should().ThrowAsync<ConstraintViolationException>("outside migrations, a broken constraint is still reported the library's way");
    }

    private static string Provider(DatabaseKind kind) => kind == DatabaseKind.PostgreSql ? "postgresql" : "sqlite";

    private static async Task<ChildOutput> ReadyAsync(Process child)
    {
        var lines = new ChildOutput(child);
        (await lines.NextAsync(StartLimit)).Should().Be("ready");
        return lines;
    }

    /// <summary>How a child's Migrate() ended: "migrated &lt;ms&gt;" or "failed &lt;error&gt;".</summary>
    private static async Task<string> OutcomeAsync(ChildOutput lines)
    {
        var line = await lines.NextAsync(StartLimit);
        while (line == "applying")
        {
            line = await lines.NextAsync(StartLimit);
        }

        return line;
    }

    /// <summary>The schema an uninterrupted, lone <c>Migrate()</c> makes.</summary>
    private static async Task<IReadOnlyList<string>> ReferenceSchemaAsync(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(kind);
        await using var db = database.CreateContext();
        return await SchemaSnapshot.FullAsync(db);
    }

    private sealed record State(int Tables, int Applied, bool LockTable, string IntegrityCheck);

    private static async Task<State> InspectAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        var tables = await ScalarAsync<long>(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND substr(name, 1, 4) <> '__EF'");
        var history = await ScalarAsync<long>(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'") == 1;
        var applied = history ? await ScalarAsync<long>(connection, "SELECT count(*) FROM \"__EFMigrationsHistory\"") : 0;
        var lockTable = await ScalarAsync<long>(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'") == 1;
        var integrity = await ScalarAsync<string>(connection, "PRAGMA integrity_check");
        return new State((int)tables, (int)applied, lockTable, integrity);
    }

    private static async Task<T> ScalarAsync<T>(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
