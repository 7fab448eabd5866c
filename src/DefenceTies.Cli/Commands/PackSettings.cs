using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DefenceTies.Cli.Commands;

/// <summary><c>validate</c>'s options: the packs, and how to report. It needs no database.</summary>
internal sealed class PackSettings : CommandSettings
{
    [CommandArgument(0, "<PACK>")]
    [Description("Fact pack files (.json), each with its text file beside it")]
    public string[] Packs { get; init; } = [];

    [CommandOption("--json")]
    [Description("Write the result as JSON on stdout, for scripts")]
    public bool Json { get; init; }

    [CommandOption("--verbose")]
    [Description("On error, print the full exception with its stack trace")]
    public bool Verbose { get; init; }

    public override ValidationResult Validate() =>
        Packs.Length == 0 ? ValidationResult.Error("Name at least one fact pack (.json).") : ValidationResult.Success();
}
