using System.Globalization;
using DefenceTies.Claims;
using DefenceTies.Cli.Database;
using DefenceTies.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DefenceTies.Cli.Commands;

/// <summary>
/// <c>claims</c>: the facts in dispute — each competing claim beside the value the fact holds, with
/// its source, passage and support — read through <see cref="ClaimListing"/>; rank one with <c>rank</c>.
/// </summary>
internal sealed class ClaimsCommand : AsyncCommand<ClaimsSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ClaimsSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var target = DatabaseTarget.From(settings);
        await using var db = await DatabaseGate.OpenMigratedAsync(target, settings, cancellationToken);
        var claims = await ClaimListing.ListAsync(db, inDisputeOnly: !settings.All, cancellationToken);
        if (settings.Json)
        {
            JsonOutput.Write(new { database = target.Description, claims });
            return ExitCodes.Ok;
        }

        AnsiConsole.MarkupLine($"Database: {Markup.Escape(target.Description)}");
        if (claims.Count == 0)
        {
            AnsiConsole.MarkupLine(settings.All ? "No claims beside the stored values." : "No facts in dispute.");
            return ExitCodes.Ok;
        }

        var table = new Table().AddColumn("Claim").AddColumn("Fact").AddColumn("Value").AddColumn("Holds").AddColumn("Claims").AddColumn("Rank").AddColumn("Source");
        foreach (var c in claims)
        {
            var source = $"{c.DocumentKey}: \"{c.Passage}\" ({c.Support}{(c.Note is null ? "" : $": {c.Note}")})";
            table.AddRow(
                c.ClaimId.ToString(CultureInfo.InvariantCulture),
                Markup.Escape($"{c.FactType} {c.FactId.ToString(CultureInfo.InvariantCulture)}"),
                Markup.Escape(c.Property),
                Markup.Escape(c.HeldValue ?? ""),
                Markup.Escape(c.ClaimedValue ?? "(the same value)"),
                Markup.Escape(c.RankReason is null ? c.Rank.ToString() : $"{c.Rank}: {c.RankReason}"),
                Markup.Escape(source));
        }

        AnsiConsole.Write(table);
        return ExitCodes.Ok;
    }
}
