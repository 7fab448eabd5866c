// An application that uses DefenceTies only through the provider packages DefenceTies.Sqlite and
// DefenceTies.PostgreSql (the core comes with them): it registers the library with pooled contexts,
// migrates a fresh database (its own choice: the library never migrates), seeds it, and asks the
// report's questions through DefenceTies.Querying, on SQLite and, when DEFENCETIES_CONSUMER_POSTGRES
// names a server, on PostgreSQL too. It also checks that a context on bare UseSqlite is refused with
// a message saying what to call. It exits 1 if any answer is missing.
//
//   samples/DefenceTies.PackageConsumer/run.sh     (packs the libraries first, then runs this)
using DefenceTies;
using DefenceTies.Model;
using DefenceTies.Querying;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

var missing = new List<string>();

var file = Path.Combine(Path.GetTempPath(), $"defenceties-consumer-{Guid.NewGuid():N}.db");
try
{
    await AskAsync("SQLite", new ServiceCollection().AddDefenceTiesSqlite($"Data Source={file};Pooling=False", options => options.Seed = true));
}
finally
{
    File.Delete(file);
}

if (Environment.GetEnvironmentVariable("DEFENCETIES_CONSUMER_POSTGRES") is { Length: > 0 } server)
{
    var database = $"defenceties_consumer_{Guid.NewGuid():N}";
    await using (var admin = new NpgsqlConnection(server))
    {
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
        await create.ExecuteNonQueryAsync();
    }

    await using var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString);
    await AskAsync("PostgreSQL", new ServiceCollection().AddDefenceTiesPostgreSql(dataSource, options => options.Seed = true));
}
else
{
    Console.WriteLine("(PostgreSQL skipped: DEFENCETIES_CONSUMER_POSTGRES is not set)");
}

// A context configured with the EF Core provider alone would miss the migrations, names and error
// translation; it must be refused at once, saying what to call.
try
{
    _ = new DefenceTiesDbContext(new DbContextOptionsBuilder<DefenceTiesDbContext>().UseSqlite("Data Source=:memory:").Options);
    missing.Add("A bare UseSqlite context is refused");
}
catch (InvalidOperationException refused) when (refused.Message.Contains("UseDefenceTiesSqlite", StringComparison.Ordinal))
{
    Answer("A bare UseSqlite context is refused", [refused.Message]);
}

if (missing.Count > 0)
{
    await Console.Error.WriteLineAsync($"No answer to: {string.Join("; ", missing)}");
    return 1;
}

Console.WriteLine("Every question answered.");
return 0;

async Task AskAsync(string name, IServiceCollection services)
{
    Console.WriteLine($"== {name}");
    await using var provider = services.BuildServiceProvider();
    await using (var migrator = await provider.GetRequiredService<IDbContextFactory<DefenceTiesDbContext>>().CreateDbContextAsync())
    {
        await migrator.Database.MigrateAsync();
    }

    await using var scope = provider.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<DefenceTiesDbContext>();

    // The report titles neither agreement, so they are named by their subject.
    Answer("Agreements between India and Thailand", await db.Agreements.Between("IN", "TH")
        .OrderBy(a => a.ConcludedOn)
        .Select(a => $"{a.ConcludedOn}: {a.Title ?? a.Subject}")
        .ToListAsync());
    Answer("In force on 2013-01-01", await db.Agreements.Between("IN", "TH").InForceOn(new DateOnly(2013, 1, 1))
        .Select(a => a.Title ?? a.Subject)
        .ToListAsync());
    Answer("Who led the delegations", await db.Delegations.WithLeaders()
        .OrderBy(l => l.HeldOn).ThenBy(l => l.NationCode)
        .Select(l => $"{l.HeldOn} {l.NationName}: {l.LeaderRank} {l.LeaderName}, {l.PostTitle}".Replace("  ", " ", StringComparison.Ordinal))
        .ToListAsync());
    Answer("India's Ambassador to Thailand", await db.PostHoldings.HoldersOf("Ambassador to Thailand").Select(p => p.Name).ToListAsync());
    Answer("Working groups on co-production", await db.WorkingGroups.WithFocusArea("co-production").Select(g => $"{g.Name} ({g.Status})").ToListAsync());
    Answer("Exercises of both armies", await db.MilitaryExercises.Involving("IN").Involving("TH").InvolvingService(OrganisationKind.Army).Select(x => x.Name ?? x.Series.Name).ToListAsync());
    Answer("What complements India's Act East policy", await db.PolicyLinks.Complementing("Act East", "IN").Select(l => $"{l.FromNationName}'s {l.FromPolicyName} (source: {l.SourceDocumentKey})").ToListAsync());
    Answer("Security issues in the Bay of Bengal", await db.SecurityIssues.InRegion("Bay of Bengal").OrderBy(i => i.Name).Select(i => i.Name).ToListAsync());
    Answer("Timeline of India and Thailand", (await db.RelationshipTimeline("IN", "TH").ToListAsync())
        .Select(t => $"{t.Date?.ToString() ?? "undated"} {t.Kind}: {t.Title}")
        .ToList());

    // Pooled contexts: scopes lease and return contexts; a reused one starts clean.
    for (var i = 0; i < 3; i++)
    {
        await using var pooled = provider.CreateAsyncScope();
        var context = pooled.ServiceProvider.GetRequiredService<DefenceTiesDbContext>();
        if (context.ChangeTracker.Entries().Any())
        {
            missing.Add($"{name}: a pooled context starts clean");
        }

        _ = await context.Nations.ToListAsync();
    }

    Answer($"When the defence MoU was signed ({name})", await db.Agreements
        .Where(a => a.Kind == AgreementKind.MemorandumOfUnderstanding)
        .Select(a => $"{a.ConcludedOn} ({a.ConcludedOn!.Value.Precision} precision)")
        .ToListAsync());
}

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
