// The DefenceTies explorer: a read-only web application over a DefenceTies database.
//
//   dotnet run --project samples/DefenceTies.Explorer                          (./defenceties.db, made by the sample run from the same directory)
//   dotnet run --project samples/DefenceTies.Explorer -- --database x.db
//   dotnet run --project samples/DefenceTies.Explorer -- --migrate --seed      (creates and seeds the file first)
//   dotnet run --project samples/DefenceTies.Explorer -- --postgres "Host=...;Database=...;Username=..."
//
// It never changes the database unless told to: without --migrate, a SQLite file is opened
// read-only, and a database that is not migrated, or was made by another build, gets an error page.
using DefenceTies.Explorer;
using DefenceTies.Explorer.Data;

var builder = WebApplication.CreateBuilder(ExplorerSettings.NormalizeArguments(args));
var settings = ExplorerSettings.From(builder.Configuration);
builder.Services.AddSingleton(settings);
settings.Register(builder.Services);
builder.Services.AddSingleton<DatabaseGate>();
builder.Services.AddScoped<ExplorerQueries>();
builder.Services.AddRazorPages();

var app = builder.Build();
Console.WriteLine(settings.Announce());

if (settings.Migrate)
{
    await app.Services.GetRequiredService<DatabaseGate>().MigrateAsync();
}

app.UseStatusCodePagesWithReExecute("/status/{0}");
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/status/500");
}

app.UseStaticFiles();
app.UseRouting();
app.UseMiddleware<DatabaseGateMiddleware>();
app.MapRazorPages();
app.MapGet("/api/network", NetworkEndpoint.GetAsync);

await app.RunAsync();

/// <summary>The application's entry point, named so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;
