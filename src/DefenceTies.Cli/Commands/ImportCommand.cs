using DefenceTies.Cli.Database;
using DefenceTies.Cli.Output;
using DefenceTies.FactPacks;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DefenceTies.Cli.Commands;

/// <summary>
/// <c>import</c>: checks every named pack first (none is imported if any is refused on reading), then
/// imports them in order, each in one transaction: a pack refused by the database, or Ctrl+C, leaves
/// that pack wholly unstored (earlier packs stay imported). Importing a pack again changes nothing.
/// With <c>--dry-run</c> it writes nothing and prints the plan instead (<see cref="ImportDryRun"/>).
/// </summary>
internal sealed class ImportCommand : AsyncCommand<ImportSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ImportSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var packs = await PackFiles.ReadAsync(settings.Packs, cancellationToken);
        if (packs.FirstOrDefault(p => p.Refusal is not null) is { Refusal: { } refused })
        {
            throw Refusal(refused);
        }

        var target = DatabaseTarget.From(settings);
        await using var db = await DatabaseGate.OpenMigratedAsync(target, settings, cancellationToken);
        if (settings.DryRun)
        {
            return await ImportDryRun.RunAsync(db, target, settings, [.. packs.Select(p => (p.Path, p.Pack!))], cancellationToken);
        }

        var results = new List<(string Path, FactPackImportResult Result)>();
        async Task ImportAll(Action<string>? onPack)
        {
            foreach (var (path, pack, _) in packs)
            {
                onPack?.Invoke(path);
                try
                {
                    results.Add((path, await db.ImportFactPackAsync(pack!, cancellationToken)));
                }
                catch (FactPackException refusal)
                {
                    // Every nation the pack names would be a problem of its own: one line says what to do.
                    if (!await db.Nations.AnyAsync(cancellationToken))
                    {
                        throw NoNations(refusal);
                    }

                    throw Refusal(refusal);
                }
            }
        }

        if (settings.Json || Console.IsOutputRedirected)
        {
            await ImportAll(null);
        }
        else
        {
            await AnsiConsole.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask("Importing", maxValue: packs.Count);
                await ImportAll(path =>
                {
                    task.Description = Markup.Escape(Path.GetFileName(path));
                    if (results.Count > 0)
                    {
                        task.Increment(1);
                    }
                });
                task.Value = task.MaxValue;
            });
        }

        if (settings.Json)
        {
            JsonOutput.Write(new
            {
                database = target.Description,
                packs = results.Select(r => new
                {
                    pack = r.Path,
                    documentKey = r.Result.DocumentKey,
                    alreadyImported = r.Result.AlreadyImported,
                    added = r.Result.Added,
                    merged = r.Result.Merged,
                    counts = r.Result.Counts.Select(c => new { fact = c.Fact, added = c.Added, merged = c.Merged }),
                    facts = r.Result.Facts.Select(ImportDryRun.FactJson),
                }),
            });
            return ExitCodes.Ok;
        }

        AnsiConsole.MarkupLine($"Database: {Markup.Escape(target.Description)}");
        foreach (var (path, result) in results)
        {
            if (result.AlreadyImported)
            {
                AnsiConsole.MarkupLine($"{Markup.Escape(path)}: document {Markup.Escape(result.DocumentKey)} already imported; nothing changed.");
                continue;
            }

            // A line of its own, not the table's title: Spectre cuts a title to the table's width.
            AnsiConsole.MarkupLine(Markup.Escape($"{path}: document {result.DocumentKey}"));
            var table = new Table()
                .AddColumn("Fact").AddColumn(new TableColumn("Added").RightAligned()).AddColumn(new TableColumn("Merged (cited again)").RightAligned());
            foreach (var count in result.Counts)
            {
                table.AddRow(Markup.Escape(count.Fact), count.Added.ToString(System.Globalization.CultureInfo.InvariantCulture), count.Merged.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            table.AddRow("[bold]total[/]", $"[bold]{result.Added}[/]", $"[bold]{result.Merged}[/]");
            AnsiConsole.Write(table);

            // Per fact, what became of it: every value a restating fact gives is new, corroborating or a competing claim.
            foreach (var fact in result.Facts)
            {
                ImportDryRun.WriteFact(fact);
            }
        }

        return ExitCodes.Ok;
    }

    /// <summary>A refusal in a database without nations: every nation the pack names would be a problem of its own, so one line says what to do.</summary>
    internal static CliException NoNations(Exception? refusal) =>
        new(ExitCodes.DatabaseRefused, "The database holds no nations: they are reference data. Run 'defenceties seed' first, then import again.", refusal);

    private static CliException Refusal(FactPackException refused) =>
        new(ExitCodes.PackRefused, ErrorReport.WithProblemLines(refused.Message, "Fix the pack (run 'defenceties validate' on it) and import again."), refused);
}
