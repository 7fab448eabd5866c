// The defenceties command-line tool. Each verb is one AsyncCommand in Commands/, registered below;
// errors from any of them end here, as one line on stderr and a documented exit code.
using DefenceTies.Cli;
using DefenceTies.Cli.Commands;
using DefenceTies.Cli.Database;
using Spectre.Console;
using Spectre.Console.Cli;

using var interrupted = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C cancels the running queries and lets transactions roll back; a second one kills the process.
    if (!interrupted.IsCancellationRequested)
    {
        e.Cancel = true;
        interrupted.Cancel();
    }
};

if (Console.IsOutputRedirected)
{
    // Logs and pipes have no width, but Spectre wraps every line and cuts tables at the console's
    // (80 columns when redirected): give it a width no line reaches, so redirected output is whole lines.
    AnsiConsole.Profile.Width = 1 << 20;
}

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("defenceties");
    config.UseAssemblyInformationalVersion();
    config.PropagateExceptions();
    config.UseStrictParsing();
    config.CancellationExitCode(ExitCodes.Interrupted);
    config.SetHelpProvider(new ExitCodeHelpProvider(config.Settings));

    config.AddCommand<MigrateCommand>("migrate")
        .WithDescription("List applied and pending migrations; --apply applies them, --script prints their SQL.")
        .WithExample("migrate", "--apply")
        .WithExample("migrate", "--script", "--postgres", "\"Host=db;Database=defenceties;Username=owner\"");
    config.AddCommand<SeedCommand>("seed")
        .WithDescription("Apply the built-in seeds: the 249 reference nations and the embedded report (each once).")
        .WithExample("seed");
    config.AddCommand<VerifyCommand>("verify")
        .WithDescription("Check every fact against its source and the model's rules; exit 5 if anything is wrong.")
        .WithExample("verify", "--json");
    config.AddCommand<BriefingCommand>("briefing")
        .WithDescription("A cited briefing on two nations, by ISO 3166-1 alpha-2 or alpha-3 code.")
        .WithExample("briefing", "IN", "TH")
        .WithExample("briefing", "ind", "tha", "--json");
    config.AddCommand<ExportCommand>("export")
        .WithDescription("Write the ties in a format the field's tools read: ftm, popolo, dyad-year or graphml.")
        .WithExample("export", "--format", "dyad-year", "--out", "ties.csv")
        .WithExample("export", "--format", "graphml", "--out", "ties.graphml", "--nation", "IN", "--from", "2010");
    config.AddCommand<StatsCommand>("stats")
        .WithDescription("Rows per table, source documents, the span of the facts' dates and the database's size.")
        .WithExample("stats");
    config.AddCommand<ValidateCommand>("validate")
        .WithDescription("Check fact packs without a database; print every problem with its JSON path (exit 6 if any).")
        .WithExample("validate", "reports/2025-03-04-india-vietnam.json");
    config.AddCommand<ClaimsCommand>("claims")
        .WithDescription("List the facts in dispute: each competing claim beside the value the fact holds, with its source.")
        .WithExample("claims", "--json");
    config.AddCommand<RankCommand>("rank")
        .WithDescription("Rank a claim preferred, normal or deprecated, saying why; exactly one value stays preferred.")
        .WithExample("rank", "12", "preferred", "--reason", "\"The ministry's release says agreed.\"");
    config.AddCommand<ImportCommand>("import")
        .WithDescription("Check, then import fact packs, each in one transaction; importing a pack again changes nothing.")
        .WithExample("import", "reports/2025-03-04-india-vietnam.json");
});

try
{
    return await app.RunAsync(args, interrupted.Token);
}
catch (Exception ex) when (ex is OperationCanceledException && interrupted.IsCancellationRequested)
{
    await Console.Error.WriteLineAsync("Interrupted: the current step was cancelled and its transaction rolled back.");
    return ExitCodes.Interrupted;
}
catch (Exception ex)
{
    var (code, message) = ErrorReport.Describe(ex);
    await Console.Error.WriteLineAsync(SecretMask.Shared.Apply($"defenceties: {message}"));
    if (args.Contains("--verbose", StringComparer.Ordinal))
    {
        await Console.Error.WriteLineAsync(SecretMask.Shared.Apply(ex.ToString()));
    }

    return code;
}
