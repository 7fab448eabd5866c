using System.Globalization;
using DefenceTies.Cli.Database;
using DefenceTies.Cli.Output;
using DefenceTies.FactPacks;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace DefenceTies.Cli.Commands;

/// <summary>
/// <c>import --dry-run</c>: plans the import of the packs in order with
/// <see cref="FactPackImporting.PlanFactPackImportsAsync"/> (each as if the ones before were
/// imported; the import would stop at the first refused pack, and so does the plan) and prints, per
/// pack, what would happen to each fact and the counts the import would print. Writes nothing, so it
/// needs no write access. Like <c>validate</c>, the findings go to stdout and a refusal exits 6
/// without a <c>defenceties:</c> line.
/// </summary>
internal static class ImportDryRun
{
    public static async Task<int> RunAsync(DefenceTiesDbContext db, DatabaseTarget target, ImportSettings settings, IReadOnlyList<(string Path, FactPack Pack)> packs, CancellationToken cancellationToken)
    {
        var plans = await db.PlanFactPackImportsAsync(packs.Select(p => p.Pack), cancellationToken);
        var wouldImport = plans.Count == packs.Count && plans.All(p => p.WouldImport);
        if (!wouldImport && !await db.Nations.AnyAsync(cancellationToken))
        {
            throw ImportCommand.NoNations(plans[^1].ToRefusal());
        }

        var planned = packs.Select((p, i) => (p.Path, Plan: i < plans.Count ? plans[i] : null)).ToList();
        if (settings.Json)
        {
            WriteJson(target, wouldImport, planned);
        }
        else
        {
            Write(target, planned);
        }

        return wouldImport ? ExitCodes.Ok : ExitCodes.PackRefused;
    }

    private static void WriteJson(DatabaseTarget target, bool wouldImport, List<(string Path, FactPackImportPlan? Plan)> planned) =>
        JsonOutput.Write(new
        {
            database = target.Description,
            dryRun = true,
            wouldImport,
            packs = planned.Select(p => new
            {
                pack = p.Path,
                documentKey = p.Plan?.DocumentKey,
                planned = p.Plan is not null,
                wouldImport = p.Plan?.WouldImport,
                alreadyImported = p.Plan?.AlreadyImported,
                added = p.Plan?.Added,
                merged = p.Plan?.Merged,
                counts = p.Plan?.Counts.Select(c => new { fact = c.Fact, added = c.Added, merged = c.Merged }) ?? [],
                facts = p.Plan?.Facts.Select(FactJson) ?? [],
                problems = p.Plan?.Problems.Select(x => new { path = x.Path, message = x.Message }) ?? [],
            }),
        });

    private static void Write(DatabaseTarget target, List<(string Path, FactPackImportPlan? Plan)> planned)
    {
        AnsiConsole.MarkupLine($"Database: {Markup.Escape(target.Description)}");
        AnsiConsole.MarkupLine("Dry run: nothing was written.");
        string? stoppedAt = null;
        foreach (var (path, plan) in planned)
        {
            if (plan is null)
            {
                AnsiConsole.MarkupLine(Markup.Escape($"{path}: not planned; the import stops at the refused {stoppedAt}."));
                continue;
            }

            if (plan.AlreadyImported)
            {
                AnsiConsole.MarkupLine(Markup.Escape($"{path}: document {plan.DocumentKey} already imported; nothing would change."));
                continue;
            }

            var verdict = plan.WouldImport
                ? "[green]would be imported[/]"
                : $"[red]would be refused[/] ({(plan.Problems.Count == 1 ? "1 problem" : $"{plan.Problems.Count} problems")}; nothing of it would be stored)";
            AnsiConsole.MarkupLine($"{Markup.Escape($"{path}: document {plan.DocumentKey}")} {verdict}");
            foreach (var fact in plan.Facts)
            {
                WriteFact(fact);
            }

            // The document's problems and the whole change's: on no fact.
            foreach (var problem in plan.Problems.Where(p => !plan.Facts.Any(f => f.Problems.Contains(p))))
            {
                AnsiConsole.MarkupLine($"  [yellow]{Markup.Escape(problem.Path)}[/]: {Markup.Escape(problem.Message)}");
            }

            if (plan.Counts.Count > 0)
            {
                var table = new Table()
                    .AddColumn("Fact").AddColumn(new TableColumn(plan.WouldImport ? "Would add" : "Would add (if fixed)").RightAligned()).AddColumn(new TableColumn("Would merge (cite again)").RightAligned());
                foreach (var count in plan.Counts)
                {
                    table.AddRow(Markup.Escape(count.Fact), Number(count.Added), Number(count.Merged));
                }

                table.AddRow("[bold]total[/]", $"[bold]{Number(plan.Added)}[/]", $"[bold]{Number(plan.Merged)}[/]");
                AnsiConsole.Write(table);
            }

            if (!plan.WouldImport)
            {
                stoppedAt = path;
            }
        }
    }

    /// <summary>One fact's outcome as the JSON of <c>import</c> and <c>import --dry-run</c> writes it.</summary>
    internal static object FactJson(FactPackFactPlan f) => new
    {
        path = f.Path,
        type = f.Type,
        id = f.Id,
        outcome = f.Outcome,
        reference = Reference(f.Reference),
        corroborates = f.Corroborates is { } known ? new { fact = known.Fact, storedId = known.StoredId, pack = known.Source, path = known.Path, reference = Reference(known.Reference) } : null,
        newValues = f.NewValues,
        contestedValues = f.ContestedValues,
        problems = f.Problems.Select(x => new { path = x.Path, message = x.Message }),
    };

    /// <summary>One fact's outcome as a line (and its problems), as <c>import</c> and <c>import --dry-run</c> print it.</summary>
    internal static void WriteFact(FactPackFactPlan fact)
    {
        var name = Markup.Escape(fact.Id is null ? $"{fact.Path} {fact.Type}" : $"{fact.Path} {fact.Type} '{fact.Id}'");
        switch (fact.Outcome)
        {
            case FactPackFactOutcome.Add:
                AnsiConsole.MarkupLine($"  [green]add[/]          {name} as {Markup.Escape(fact.Reference!.ToString())}");
                break;
            case FactPackFactOutcome.Corroborate:
                AnsiConsole.MarkupLine($"  [cyan]corroborate[/]  {name}: cites {Markup.Escape(fact.Corroborates!.ToString())} again{Markup.Escape(NewValues(fact))}");
                break;
            case FactPackFactOutcome.Contest:
                AnsiConsole.MarkupLine($"  [yellow]contest[/]      {name}: cites {Markup.Escape(fact.Corroborates!.ToString())} again; competing claims for {Markup.Escape(string.Join(", ", fact.ContestedValues))}{Markup.Escape(NewValues(fact))}");
                break;
            case FactPackFactOutcome.Refuse when fact.Problems.Count == 0:
                AnsiConsole.MarkupLine($"  [red]refuse[/]       {name}: it refers to a refused fact");
                break;
            default:
                AnsiConsole.MarkupLine($"  [red]{Markup.Escape(fact.Outcome.ToString().ToLowerInvariant())}[/]{new string(' ', Math.Max(1, 13 - fact.Outcome.ToString().Length))}{name}");
                foreach (var problem in fact.Problems)
                {
                    AnsiConsole.MarkupLine($"      [yellow]{Markup.Escape(problem.Path)}[/]: {Markup.Escape(problem.Message)}");
                }

                break;
        }
    }

    /// <summary>A reference as the JSON output writes it: what a pack's <c>"corroborates"</c> object holds.</summary>
    private static object? Reference(DefenceTies.Model.FactReference? reference) => reference is null ? null : new { document = reference.Document, fact = reference.Fact };

    private static string NewValues(FactPackFactPlan fact) => fact.NewValues.Count == 0 ? "" : $"; new values: {string.Join(", ", fact.NewValues)}";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
