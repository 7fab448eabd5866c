using DefenceTies.Querying;
using Microsoft.EntityFrameworkCore;
using Q = DefenceTies.Benchmarks.HeadlineQueries;

namespace DefenceTies.Benchmarks;

/// <summary>Prints the SQL EF Core generates for each headline question and the engine's plan for it (the <c>plans</c> command).</summary>
public static class Plans
{
    public static async Task PrintAsync(Provider provider, int scale)
    {
        var cs = await BenchEnvironment.EnsureAsync(provider, scale, Console.Out);
        await using var db = new DefenceTiesDbContext(BenchEnvironment.Options(provider, cs));
        var queries = new (string Name, IQueryable Query)[]
        {
            ("AgreementsBetween", db.Agreements.Between(Q.Nation, Q.OtherNation).Select(x => new { x.Id, x.Title, x.ConcludedOn })),
            ("AgreementsInForce", db.Agreements.InForceOn(Q.InForceDay).Select(x => new { x.Id, x.Title, x.EnteredIntoForceOn })),
            ("DelegationLeaders", db.Delegations.Where(d => d.Engagement.HeldOn == Q.TalksDay).WithLeaders()),
            ("ExercisesInvolving", db.MilitaryExercises.Involving(Q.Nation).Select(x => new { x.Id, Name = x.Name ?? x.Series.Name, x.StartedOn })),
            ("CitingSource", db.Agreements.CitingSource(ScaleGenerator.FirstReportKey).Select(x => new { x.Id, x.Title, x.ConcludedOn })),
            ("Timeline", db.RelationshipTimeline(Q.Nation, Q.OtherNation)),
        };
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        foreach (var (name, query) in queries)
        {
            var command = query.CreateDbCommand();
            command.Connection = connection;
            command.CommandText = (provider == Provider.Sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ") + command.CommandText;
            Console.WriteLine($"==== {name}\n{query.ToQueryString()}\n----");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                Console.WriteLine(provider == Provider.Sqlite ? $"{reader.GetInt32(0)}<-{reader.GetInt32(1)} {reader.GetString(3)}" : reader.GetString(0));
            }
        }
    }
}
