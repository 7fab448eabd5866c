// The DefenceTies sample: creates (or reuses) a database, applies the migrations, seeds the
// built-in reports and prints a briefing on India-Thailand defence ties. Every line of the briefing
// is answered by a LINQ query and followed by the passage of the report it rests on.
//
//   dotnet run --project samples/DefenceTies.Sample                      (./defenceties.db)
//   dotnet run --project samples/DefenceTies.Sample -- --database x.db
//   dotnet run --project samples/DefenceTies.Sample -- --postgres "Host=...;Database=...;Username=..."
using DefenceTies;
using DefenceTies.Sample;
using Microsoft.EntityFrameworkCore;

var options = SampleOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(SampleOptions.Usage);
    return 2;
}

var builder = new DbContextOptionsBuilder<DefenceTiesDbContext>();
if (options.PostgresConnectionString is not null)
{
    builder.UseDefenceTiesPostgreSql(options.PostgresConnectionString);
}
else
{
    builder.UseDefenceTiesSqlite($"Data Source={options.DatabasePath}");
}

builder.UseDefenceTiesSeeding();

await using var db = new DefenceTiesDbContext(builder.Options);

// Until 0.1.0 ships, each provider keeps one InitialCreate migration, regenerated when the model
// changes; a database made by an older build holds migrations this build does not know.
var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
var unknown = (await db.Database.GetAppliedMigrationsAsync()).Where(m => !known.Contains(m)).ToList();
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

await Briefing.WriteAsync(db, Console.Out);
return 0;
