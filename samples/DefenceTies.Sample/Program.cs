// The DefenceTies sample: creates (or reuses) a database, applies the migrations, seeds the
// built-in reports (and any fact pack given with --load) and prints a briefing on the defence ties
// they state, headed by the nations involved (India and Thailand for the built-in report). Every line of the briefing
// is answered by a LINQ query and followed by the passage of the report it rests on.
//
//   dotnet run --project samples/DefenceTies.Sample                      (./defenceties.db)
//   dotnet run --project samples/DefenceTies.Sample -- --database x.db
//   dotnet run --project samples/DefenceTies.Sample -- --load path/to/report.json   (a further report, as a fact pack)
//   dotnet run --project samples/DefenceTies.Sample -- --postgres "Host=...;Database=...;Username=..."
//   dotnet run --project samples/DefenceTies.Sample -- --postgres "Host=pg1;..." --postgres-standby "Host=pg2;..."
//
// With a standby, the sample migrates and seeds through a writer context (the primary), waits until
// the standby has replayed the seeds, and reads the briefing through a read context, saying which
// server answered.
using DefenceTies;
using DefenceTies.FactPacks;
using DefenceTies.PostgreSql;
using DefenceTies.Sample;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

var options = SampleOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(SampleOptions.Usage);
    return 2;
}

await using var services = Register(options).BuildServiceProvider();
await using var db = await services.GetRequiredService<IDbContextFactory<DefenceTiesDbContext>>().CreateDbContextAsync();

// Until 0.1.0 ships, each provider keeps one InitialCreate migration, regenerated when the model
// changes; a database made by an older build holds migrations this build does not know.
// The library's MigrationState compares ids as Migrate does (ignoring case).
var unknown = (await MigrationState.ReadAsync(db)).Unknown;
if (unknown.Count > 0)
{
    var where = options.PostgresConnectionString is null ? options.DatabasePath : "the PostgreSQL database";
    Console.Error.WriteLine(
        $"{where} was made by another build of DefenceTies (it holds migration {string.Join(", ", unknown)}, which this build does not know). "
        + (options.PostgresConnectionString is null
            ? $"Delete {options.DatabasePath} and run again, or pass --database <new file>."
            : "Drop and recreate that database, or point --postgres at a new one."));
    return 3;
}

// The sample applies migrations because it owns its database; a production application hands
// DBAs the SQL scripts instead (see docs/dba.md).
await db.Database.MigrateAsync();

// Further reports, as fact packs: each is checked whole, then imported in one transaction; a pack
// already imported is left alone, and facts known from earlier reports gain a citation, not a row.
foreach (var path in options.Packs)
{
    try
    {
        var result = await db.ImportFactPackAsync(await FactPack.LoadAsync(path));
        Console.WriteLine(result.AlreadyImported
            ? $"{result.DocumentKey}: already imported."
            : $"{result.DocumentKey}: imported, {result.Added} rows added, {result.Merged} known facts cited again.");
    }
    catch (FactPackException refused)
    {
        Console.Error.WriteLine(refused.Message);
        return 4;
    }
}

if (options.Packs.Count > 0)
{
    Console.WriteLine();
}

if (options.PostgresStandbyConnectionString is null)
{
    await Briefing.WriteAsync(db, Console.Out);
    return 0;
}

// Read one's own writes: the seeds were just written on the primary; the standby shows them once
// it has replayed the primary's WAL that far.
var written = await db.Database.GetWalPositionAsync();
await using var reader = await services.GetRequiredService<IDefenceTiesReadContextFactory>().CreateDbContextAsync();
await reader.Database.WaitForReplayAsync(written, TimeSpan.FromSeconds(10));
var server = await reader.Database
    .SqlQuery<string>($"SELECT concat(coalesce(host(inet_server_addr()), 'local socket'), ':', inet_server_port(), CASE WHEN pg_is_in_recovery() THEN ' (standby)' ELSE ' (primary)' END) AS \"Value\"")
    .SingleAsync();
Console.WriteLine($"Read from {server}.");
Console.WriteLine();
await Briefing.WriteAsync(reader, Console.Out);
return 0;

static ServiceCollection Register(SampleOptions options)
{
    var services = new ServiceCollection();
    if (options.PostgresStandbyConnectionString is { } standby)
    {
        services.AddDefenceTiesPostgreSqlWithStandbys(StandbyHosts.Join(options.PostgresConnectionString!, standby), o => o.Seed = true, npgsql => npgsql.UseDefenceTiesSessionSettings());
    }
    else if (options.PostgresConnectionString is { } postgres)
    {
        services.AddDefenceTiesPostgreSql(postgres, o => o.Seed = true, npgsql => npgsql.UseDefenceTiesSessionSettings());
    }
    else
    {
        services.AddDefenceTiesSqlite($"Data Source={options.DatabasePath}", o => o.Seed = true);
    }

    return services;
}
