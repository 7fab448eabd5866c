// Usage:
//   seed  sqlite|postgresql <connection string>            seed a migrated database, print "seeded <applied>/<skipped>"
//   write <sqlite file> <batches>                           seed a migrated file, then write batches, printing "committed <n>"
using DefenceTies;
using DefenceTies.Model;
using DefenceTies.Seeding;
using Microsoft.EntityFrameworkCore;

if (args.Length < 3)
{
    Console.Error.WriteLine("usage: seed sqlite|postgresql <connection string> | write <sqlite file> <batches>");
    return 2;
}

switch (args[0])
{
    case "seed":
        {
            var builder = new DbContextOptionsBuilder<DefenceTiesDbContext>();
            if (args[1] == "postgresql")
            {
                builder.UseDefenceTiesPostgreSql(args[2]);
            }
            else
            {
                builder.UseDefenceTiesSqlite(args[2]);
            }

            // The database is migrated beforehand: this process races only the seeding.
            await using var db = new DefenceTiesDbContext(builder.Options);
            var result = await DefenceTiesSeeder.Default.SeedAsync(db);
            Console.WriteLine($"seeded {result.Applied.Count}/{result.AlreadyApplied.Count}");
            return 0;
        }

    case "write":
        {
            // The file is migrated beforehand (a migration killed part-way leaves EF Core's SQLite
            // migration lock behind; see docs/reliability.md). This process seeds, then writes.
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
