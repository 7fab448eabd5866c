using DefenceTies.Cli.Commands;
using DefenceTies.Cli.Database;
using Spectre.Console.Cli;

namespace DefenceTies.Cli;

/// <summary>
/// The <c>defenceties</c> command line: its verbs (one <c>AsyncCommand</c> in Commands/ each) and the
/// one place where an error from any of them becomes one line on stderr and a documented exit code.
/// <c>Program</c> runs it for the process (Ctrl+C, the console's width); the tests run it in theirs,
/// for what the tool decides itself, without paying a process start per command. Public for that
/// reason only: the tool's assembly is no library, and no other package references it, so the
/// tests call what the process calls instead of reaching into the tool's internals.
/// </summary>
public static class CommandLine
{
    /// <summary>Runs the command <paramref name="args"/> name to its exit code; nothing escapes as an exception.</summary>
    /// <param name="args">The arguments after <c>defenceties</c>.</param>
    /// <param name="interrupted">Cancelled when the user interrupts (Ctrl+C).</param>
    public static async Task<int> RunAsync(string[] args, CancellationToken interrupted)
    {
        var app = new CommandApp();
        app.Configure(Configure);
        try
        {
            return await app.RunAsync(args, interrupted);
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
    }

    private static void Configure(IConfigurator config)
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
        config.AddCommand<DraftCommand>("draft")
            .WithDescription("Draft a fact pack from a report's text: the document block and the nations and dates found, each to review; no loading path accepts it until then.")
            .WithExample("draft", "reports/2025-03-04-india-vietnam.txt", "--out", "reports/2025-03-04-india-vietnam.json");
        config.AddCommand<ImportCommand>("import")
            .WithDescription("Check, then import fact packs, each in one transaction; importing a pack again changes nothing.")
            .WithExample("import", "reports/2025-03-04-india-vietnam.json");
    }
}
