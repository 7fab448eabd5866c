using DefenceTies.Claims;
using DefenceTies.Cli.Database;
using DefenceTies.Cli.Output;
using DefenceTies.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DefenceTies.Cli.Commands;

/// <summary>
/// <c>rank</c>: ranks one claim through <see cref="ClaimRanking.RankClaimAsync"/> (exactly one value
/// stays preferred; the value replaced stays as a claim; when and why are stored).
/// </summary>
internal sealed class RankCommand : AsyncCommand<RankSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RankSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var target = DatabaseTarget.From(settings);
        await using var db = await DatabaseGate.OpenMigratedAsync(target, settings, cancellationToken);
        CitedEntity fact;
        try
        {
            fact = await db.RankClaimAsync(settings.Claim, settings.ParsedRank, settings.Reason!, cancellationToken: cancellationToken);
        }
        catch (DomainRuleException ex)
        {
            // No such claim (exit 4), or a ranking the model refuses (exit 2); nothing was saved.
            throw new CliException(ex.Field == nameof(Entity.Id) ? ExitCodes.NotFound : ExitCodes.InvalidInput, ex.Message);
        }
        if (settings.Json)
        {
            JsonOutput.Write(new { database = target.Description, claim = settings.Claim, rank = settings.ParsedRank, fact = new { type = fact.GetType().Name, id = fact.Id } });
        }
        else
        {
            AnsiConsole.MarkupLine(Markup.Escape($"Claim {settings.Claim} of {fact.GetType().Name} {fact.Id} is now {settings.ParsedRank}."));
        }

        return ExitCodes.Ok;
    }
}
