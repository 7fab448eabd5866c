using System.ComponentModel;
using DefenceTies.Cli.Database;
using DefenceTies.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DefenceTies.Cli.Commands;

/// <summary>The arguments of <c>rank</c>: which claim, its new rank, and why.</summary>
internal sealed class RankSettings : DatabaseSettings
{
    [CommandArgument(0, "<CLAIM>")]
    [Description("The claim's number, as claims lists it")]
    public int Claim { get; init; }

    [CommandArgument(1, "<RANK>")]
    [Description("preferred (its value becomes the fact's; the value held so far stays as a claim), normal or deprecated")]
    public string Rank { get; init; } = null!;

    [CommandOption("--reason <TEXT>")]
    [Description("Why, in words; stored with the rank (required)")]
    public string? Reason { get; init; }

    /// <summary>The rank as the model names it.</summary>
    public ClaimRank ParsedRank => Enum.Parse<ClaimRank>(Rank, ignoreCase: true);

    public override ValidationResult Validate()
    {
        if (!Enum.TryParse<ClaimRank>(Rank, ignoreCase: true, out var rank) || !Enum.IsDefined(rank) || int.TryParse(Rank, out _))
        {
            return ValidationResult.Error($"'{Rank}' is not a rank; expected preferred, normal or deprecated.");
        }

        return string.IsNullOrWhiteSpace(Reason)
            ? ValidationResult.Error("--reason is required: say why the claim is ranked so; it is stored with the rank.")
            : base.Validate();
    }
}
