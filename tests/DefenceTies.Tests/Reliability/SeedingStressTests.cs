using System.Globalization;
using DefenceTies.Seeding;
using DefenceTies.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace DefenceTies.Tests.Reliability;

[Trait(TestTier.Name, TestTier.Process)]
public class SeedingStressTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Repeated_seed_runs_leave_identical_row_counts(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        var first = await Counts(database);

        // Four runs, two through each of Seed and SeedAsync (ten took twice the time and showed nothing more).
        for (var run = 1; run <= 4; run++)
        {
            await using var db = database.CreateContext();
            var result = run % 2 == 0 ? DefenceTiesSeeder.Default.Seed(db) : await DefenceTiesSeeder.Default.SeedAsync(db);

            result.Applied.Should().BeEmpty();
            (await Counts(database)).Should().Equal(first, $"run {run} must change nothing");
        }
    }

    public static TheoryData<DatabaseKind> SharedDatabases => new(DatabaseKind.SqliteFile, DatabaseKind.PostgreSql);

    [Theory]
    [MemberData(nameof(SharedDatabases))]
    public async Task Two_processes_seeding_one_database_at_once_store_each_fact_once(DatabaseKind kind)
    {
        await using var reference = await TestDatabase.CreateSeededAsync(kind);
        var expected = await Counts(reference);

        for (var race = 1; race <= 2; race++)
        {
            await using var database = await TestDatabase.CreateMigratedAsync(kind);
            var (provider, connectionString) = kind == DatabaseKind.PostgreSql
                ? ("postgresql", database.ConnectionString)
                : ("sqlite", $"Data Source={new SqliteConnectionStringBuilder(database.ConnectionString).DataSource}");

            var results = await Task.WhenAll(ChildProcess.RunAsync("seed", provider, connectionString), ChildProcess.RunAsync("seed", provider, connectionString));

            foreach (var result in results)
            {
                output.WriteLine($"race {race}: exit {result.ExitCode}: {result.Output.Trim()} {result.Error.Trim()}");
                result.ExitCode.Should().Be(0, result.Error);
            }

            // "seeded applied/already": each process sees every seed, and each seed is applied by one
            // process (which one applies which of the seeds in turn is up to the race).
            var seeds = DefenceTiesSeeder.Default.Seeds.Count;
            var outcomes = results.Select(r => r.Output.Trim()["seeded ".Length..].Split('/').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray()).ToList();
            outcomes.Should().AllSatisfy(o => (o[0] + o[1]).Should().Be(seeds));
            outcomes.Sum(o => o[0]).Should().Be(seeds);
            (await Counts(database)).Should().Equal(expected);
        }
    }

    private static async Task<IReadOnlyDictionary<string, int>> Counts(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await RowCounts.OfAsync(db);
    }
}
