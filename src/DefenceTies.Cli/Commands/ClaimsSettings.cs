using System.ComponentModel;
using DefenceTies.Cli.Database;
using Spectre.Console.Cli;

namespace DefenceTies.Cli.Commands;

/// <summary>The options of <c>claims</c>.</summary>
internal sealed class ClaimsSettings : DatabaseSettings
{
    [CommandOption("--all")]
    [Description("List every claim beside a stored value, deprecated ones and second citations of the same value included; by default only live competing claims")]
    public bool All { get; init; }
}
