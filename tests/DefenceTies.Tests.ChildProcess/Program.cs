// Usage:
//   seed  sqlite|postgresql <connection string>            seed a migrated database, print "seeded <applied>/<skipped>"
//   write <sqlite file> <batches>                           seed a migrated file, then write batches, printing "committed <n>"
//   migrate sqlite|postgresql                               print "ready" once warmed up; then, for each connection string read
//                                                           from stdin, print "migrating", call Migrate() (printing "applying"
//                                                           as each migration starts) and print "migrated <ms>" (or "failed <error>")
//   hold  sqlite|postgresql <connection string>             call Migrate() with a seeder that prints "holding" and never
//                                                           returns, so the process holds the migration lock until killed
using System.Diagnostics;
using DefenceTies;
using DefenceTies.Model;
using DefenceTies.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

if (args.Length < 2 || (args[0] is not "migrate" && args.Length < 3))
{
    Console.Error.WriteLine("usage: seed sqlite|postgresql <connection string> | write <sqlite file> <batches> | migrate sqlite|postgresql | hold sqlite|postgresql <connection string>");
    return 2;
}

DbContextOptionsBuilder<DefenceTiesDbContext> Options(string provider, string connectionString) =>
    provider == "postgresql"
        ? new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesPostgreSql(connectionString)
        : new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesSqlite(connectionString);

switch (args[0])
{
    case "migrate":
        {
            // Warm EF Core up (on SQLite by migrating a database in memory; on PostgreSQL by making
            // the migrations' SQL) so that what follows "migrating" is mostly Migrate()'s own work.
            await using (var warm = new DefenceTiesDbContext(Options(args[1], args[1] == "postgresql" ? "Host=unused" : "Data Source=:memory:").Options))
            {
                if (args[1] == "postgresql")
                {
                    warm.GetService<IMigrator>().GenerateScript();
                }
                else
                {
                    await warm.Database.MigrateAsync();
                }
            }

            Console.WriteLine("ready");
            while (Console.ReadLine() is { Length: > 0 } connectionString)
            {
                Console.WriteLine("migrating");
                var clock = Stopwatch.StartNew();
                try
                {
                    // EF Core logs each migration as it starts applying it, under the migration lock.
                    var options = Options(args[1], connectionString).LogTo(_ => Console.WriteLine("applying"), [RelationalEventId.MigrationApplying]);
                    await using var db = new DefenceTiesDbContext(options.Options);
                    await db.Database.MigrateAsync();
                    Console.WriteLine($"migrated {clock.ElapsedMilliseconds}");
                }
                catch (Exception ex)
                {
                    Console.WriteLine($"failed {ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}");
                }

                // Keep no connection to a database the test will drop.
                SqliteConnection.ClearAllPools();
                NpgsqlConnection.ClearAllPools();
            }

            return 0;
        }

    case "hold":
        {
            // Seeding runs inside Migrate(), under its migration lock.
            var options = Options(args[1], args[2]).UseAsyncSeeding(async (_, _, cancellationToken) =>
            {
                Console.WriteLine("holding");
                await Task.Delay(Timeout.Infinite, cancellationToken);
            });
            await using var db = new DefenceTiesDbContext(options.Options);
            await db.Database.MigrateAsync();
            return 1;
        }

    case "seed":
        {
            // The database is migrated beforehand: this process races only the seeding.
            await using var db = new DefenceTiesDbContext(Options(args[1], args[2]).Options);
            var result = await DefenceTiesSeeder.Default.SeedAsync(db);
            Console.WriteLine($"seeded {result.Applied.Count}/{result.AlreadyApplied.Count}");
            return 0;
        }

    case "write":
        {
            // The file is migrated beforehand: this process seeds, then writes.
            var options = new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesSqlite($"Data Source={args[1]}").Options;
            await using (var setup = new DefenceTiesDbContext(options))
            {
                await DefenceTiesSeeder.Default.SeedAsync(setup);
            }

            Console.WriteLine("ready");
            var batches = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
            int first;
            await using (var count = new DefenceTiesDbContext(options))
            {
                // Continue after the batches an earlier (perhaps killed) run committed.
                first = await count.SourceDocuments.CountAsync(d => d.Key.StartsWith("batch-")) + 1;
            }

            for (var n = first; n < first + batches; n++)
            {
                await using var db = new DefenceTiesDbContext(options);
                var india = await db.Nations.SingleAsync(x => x.Alpha2Code == "IN");
                var thailand = await db.Nations.SingleAsync(x => x.Alpha2Code == "TH");
                db.AddRange(Batch.Build(n, india, thailand));
                await db.SaveChangesAsync();
                Console.WriteLine($"committed {n}");
            }

            return 0;
        }

    default:
        Console.Error.WriteLine($"unknown command '{args[0]}'");
        return 2;
}

/// <summary>One write: a source document with its agreement, parties, region and security issue, all citing it.</summary>
internal static class Batch
{
    /// <summary>Rows one batch adds: document, citation, agreement, two parties, region, issue, issue-region link.</summary>
    public const int Rows = 8;

    public static IEnumerable<Entity> Build(int n, Nation india, Nation thailand)
    {
        var document = new SourceDocument($"batch-{n:D5}", null, PartialDate.FromYear(2025), $"Batch {n}: India and Thailand agreed on item {n}.");
        var cite = document.Cite($"India and Thailand agreed on item {n}.");
        var agreement = new Agreement($"Batch agreement {n}", AgreementKind.Other, AgreementStatus.Agreed, $"item {n}", PartialDate.FromYear(2025), cite);
        agreement.AddParty(india, cite);
        agreement.AddParty(thailand, cite);
        var issue = new SecurityIssue($"batch issue {n}", cite);
        issue.LocateIn(new Region($"batch region {n}", RegionKind.MaritimeArea, cite), cite);
        return [agreement, issue];
    }
}
