using DefenceTies.Cli.Database;
using DefenceTies.Cli.Output;
using DefenceTies.Seeding;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DefenceTies.Cli.Commands;

/// <summary>
/// <c>seed</c>: applies the built-in seeds (the reference nations and the embedded report), each
/// once and in its own transaction, so a fresh database can be briefed before any fact pack is imported.
/// </summary>
internal sealed class SeedCommand : AsyncCommand<DatabaseSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, DatabaseSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var target = DatabaseTarget.From(settings);
        await using var db = await DatabaseGate.OpenMigratedAsync(target, settings, cancellationToken);
        var result = await DefenceTiesSeeder.Default.SeedAsync(db, cancellationToken);
        if (settings.Json)
        {
            JsonOutput.Write(new { database = target.Description, applied = result.Applied, alreadyApplied = result.AlreadyApplied });
            return ExitCodes.Ok;
        }

        var table = new Table().AddColumn("Seed").AddColumn("Status");
        foreach (var seed in result.Applied)
        {
            table.AddRow(Markup.Escape(seed), "[green]applied now[/]");
        }

        foreach (var seed in result.AlreadyApplied)
        {
            table.AddRow(Markup.Escape(seed), "already applied");
        }

        AnsiConsole.MarkupLine($"Database: {Markup.Escape(target.Description)}");
        AnsiConsole.Write(table);
        return ExitCodes.Ok;
    }
}
