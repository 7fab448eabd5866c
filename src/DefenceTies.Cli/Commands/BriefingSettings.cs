using System.ComponentModel;
using DefenceTies.Cli.Database;
using Spectre.Console.Cli;

namespace DefenceTies.Cli.Commands;

/// <summary>The arguments of <c>briefing</c>: two nations by ISO 3166-1 code.</summary>
internal sealed class BriefingSettings : DatabaseSettings
{
    [CommandArgument(0, "<NATION>")]
    [Description("A nation's ISO 3166-1 alpha-2 or alpha-3 code, such as IN or IND (any case)")]
    public string Nation { get; init; } = null!;

    [CommandArgument(1, "<OTHER_NATION>")]
    [Description("The other nation's code, such as TH or THA")]
    public string OtherNation { get; init; } = null!;
}
