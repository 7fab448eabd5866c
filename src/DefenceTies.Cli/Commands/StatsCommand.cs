using System.Globalization;
using DefenceTies.Cli.Database;
using DefenceTies.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DefenceTies.Cli.Commands;

/// <summary><c>stats</c>: rows per table, source documents, the span of the facts' dates and the database's size.</summary>
internal sealed class StatsCommand : AsyncCommand<DatabaseSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, DatabaseSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var target = DatabaseTarget.From(settings);
        await using var db = await DatabaseGate.OpenMigratedAsync(target, settings, cancellationToken);
        var stats = await Stats.ReadAsync(db, target, cancellationToken);
        if (settings.Json)
        {
            JsonOutput.Write(new
            {
                database = target.Description,
                stats.SizeBytes,
                dateRange = new { earliest = stats.EarliestFactDate, latest = stats.LatestFactDate },
                tables = stats.Tables,
                sources = stats.Sources,
            });
            return ExitCodes.Ok;
        }

        AnsiConsole.MarkupLine($"Database: {Markup.Escape(target.Description)}");
        AnsiConsole.MarkupLine($"Size: {(stats.SizeBytes is { } size ? $"{size / 1024.0:N0} KiB ({size.ToString("N0", CultureInfo.InvariantCulture)} bytes)" : "unknown")}");
        AnsiConsole.MarkupLine($"Facts dated from {stats.EarliestFactDate ?? "(no dates)"} to {stats.LatestFactDate ?? "(no dates)"}");

        var tables = new Table().Title("Rows per table").AddColumn("Table").AddColumn(new TableColumn("Rows").RightAligned());
        foreach (var t in stats.Tables)
        {
            tables.AddRow(Markup.Escape(t.Table), t.Rows.ToString("N0", CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(tables);

        var sources = new Table().Title("Source documents").AddColumn("Key").AddColumn("Origin").AddColumn("Published").AddColumn(new TableColumn("Cited passages").RightAligned()).AddColumn("Title");
        foreach (var s in stats.Sources)
        {
            sources.AddRow(Markup.Escape(s.Key), s.Origin, s.PublishedOn, s.Citations.ToString(CultureInfo.InvariantCulture), Markup.Escape(s.Title ?? "(untitled)"));
        }

        AnsiConsole.Write(sources);
        return ExitCodes.Ok;
    }
}
