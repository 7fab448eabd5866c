// An application that uses DefenceTies only through its NuGet package: it registers the library,
// migrates a fresh SQLite file (its own choice: the library never migrates), seeds it, and asks
// the report's questions through DefenceTies.Querying; then it does the same with a context built
// by UseSqlite alone. It exits 1 if any answer is missing.
//
//   samples/DefenceTies.PackageConsumer/run.sh     (packs the libraries first, then runs this)
using DefenceTies;
using DefenceTies.Model;
using DefenceTies.Querying;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

var file = Path.Combine(Path.GetTempPath(), $"defenceties-consumer-{Guid.NewGuid():N}.db");
var services = new ServiceCollection();
services.AddDefenceTiesSqlite($"Data Source={file};Pooling=False", options => options.Seed = true);

var missing = new List<string>();
try
{
    await using var provider = services.BuildServiceProvider();
    await using (var migrator = await provider.GetRequiredService<IDbContextFactory<DefenceTiesDbContext>>().CreateDbContextAsync())
    {
        await migrator.Database.MigrateAsync();
    }

    await using var scope = provider.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<DefenceTiesDbContext>();

    Answer("Agreements between India and Thailand", await db.Agreements.Between("IN", "TH")
        .OrderBy(a => a.ConcludedOn)
        .Select(a => $"{a.ConcludedOn}: {a.Title}")
        .ToListAsync());
    Answer("In force on 2013-01-01", await db.Agreements.Between("IN", "TH").InForceOn(new DateOnly(2013, 1, 1))
        .Select(a => a.Title)
        .ToListAsync());
    Answer("Who led the delegations", await db.Delegations.WithLeaders()
        .OrderBy(l => l.HeldOn).ThenBy(l => l.NationCode)
        .Select(l => $"{l.HeldOn} {l.NationName}: {l.LeaderRank} {l.LeaderName}, {l.PostTitle}".Replace("  ", " ", StringComparison.Ordinal))
        .ToListAsync());
    Answer("India's Ambassador to Thailand", await db.PostHoldings.HoldersOf("Ambassador to Thailand").Select(p => p.Name).ToListAsync());
    Answer("Working groups on co-production", await db.WorkingGroups.WithFocusArea("co-production").Select(g => $"{g.Name} ({g.Status})").ToListAsync());
    Answer("Exercises of both armies", await db.MilitaryExercises.Involving("IN").Involving("TH").InvolvingService(OrganisationKind.Army).Select(x => x.Name).ToListAsync());
    Answer("What complements India's Act East policy", await db.PolicyLinks.Complementing("Act East", "IN").Select(p => $"{p.Nation.Name}'s {p.Name}").ToListAsync());
    Answer("Security issues in the Bay of Bengal", await db.SecurityIssues.InRegion("Bay of Bengal").OrderBy(i => i.Name).Select(i => i.Name).ToListAsync());
    Answer("Timeline of India and Thailand", (await db.RelationshipTimeline("IN", "TH").ToListAsync())
        .Select(t => $"{t.Date?.ToString() ?? "undated"} {t.Kind}: {t.Title}")
        .ToList());
}
finally
{
    File.Delete(file);
}

// The same without dependency injection: a context built with UseSqlite alone, migrated, seeded
// directly through the seeder, and queried.
var plainFile = Path.Combine(Path.GetTempPath(), $"defenceties-consumer-plain-{Guid.NewGuid():N}.db");
try
{
    var options = new DbContextOptionsBuilder<DefenceTiesDbContext>().UseSqlite($"Data Source={plainFile};Pooling=False").Options;
    await using var db = new DefenceTiesDbContext(options);
    await db.Database.MigrateAsync();
    var seeded = await DefenceTies.Seeding.DefenceTiesSeeder.Default.SeedAsync(db);
    Answer("Seeds applied (plain context)", seeded.Applied);
    Answer("When the defence MoU was signed (plain context)", await db.Agreements
        .Where(a => a.Kind == AgreementKind.MemorandumOfUnderstanding)
        .Select(a => $"{a.ConcludedOn} ({a.ConcludedOn!.Value.Precision} precision)")
        .ToListAsync());
}
finally
{
    File.Delete(plainFile);
}

if (missing.Count > 0)
{
    await Console.Error.WriteLineAsync($"No answer to: {string.Join("; ", missing)}");
    return 1;
}

Console.WriteLine("Every question answered.");
return 0;

void Answer(string question, IReadOnlyCollection<string> answers)
{
    Console.WriteLine($"{question}:");
    if (answers.Count == 0)
    {
        missing.Add(question);
        Console.WriteLine("  (no answer)");
    }

    foreach (var answer in answers)
    {
        Console.WriteLine($"  {answer}");
    }
}
