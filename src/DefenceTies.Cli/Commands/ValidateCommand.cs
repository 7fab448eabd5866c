using DefenceTies.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DefenceTies.Cli.Commands;

/// <summary>
/// <c>validate</c>: checks fact packs without a database — everything the library checks on reading
/// a pack — and prints every problem with its JSON path. What only the database can tell (nations
/// stored, near-duplicates of stored events) is checked by <c>import</c>.
/// </summary>
internal sealed class ValidateCommand : AsyncCommand<PackSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, PackSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var packs = await PackFiles.ReadAsync(settings.Packs, cancellationToken);
        var valid = packs.All(p => p.Refusal is null);
        if (settings.Json)
        {
            JsonOutput.Write(packs.Select(p => new
            {
                pack = p.Path,
                valid = p.Refusal is null,
                documentKey = p.Pack?.DocumentKey,
                facts = p.Pack?.FactCount,
                problems = p.Refusal?.Problems.Select(x => new { path = x.Path, message = x.Message }) ?? [],
            }));
        }
        else
        {
            foreach (var (path, pack, refusal) in packs)
            {
                if (pack is not null)
                {
                    AnsiConsole.MarkupLine($"[green]ok[/]   {Markup.Escape(path)}: document {Markup.Escape(pack.DocumentKey)}, {pack.FactCount} facts");
                    continue;
                }

                AnsiConsole.MarkupLine($"[red]refused[/] {Markup.Escape(path)}: {refusal!.Problems.Count} problem(s)");
                foreach (var problem in refusal.Problems)
                {
                    AnsiConsole.MarkupLine($"  [yellow]{Markup.Escape(problem.Path)}[/]: {Markup.Escape(problem.Message)}");
                }
            }
        }

        return valid ? ExitCodes.Ok : ExitCodes.PackRefused;
    }
}
