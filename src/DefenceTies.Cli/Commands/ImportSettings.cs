using System.ComponentModel;
using DefenceTies.Cli.Database;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DefenceTies.Cli.Commands;

/// <summary><c>import</c>'s options: the database, the packs to import into it in order, and whether only to plan (<c>--dry-run</c>).</summary>
internal sealed class ImportSettings : DatabaseSettings
{
    [CommandArgument(0, "<PACK>")]
    [Description("Fact pack files (.json), each with its text file beside it; imported in the order given")]
    public string[] Packs { get; init; } = [];

    [CommandOption("--dry-run")]
    [Description("Write nothing: check the packs against the database and print what importing them would do, per fact (add, corroborate a known fact, refuse) and per kind of fact. Needs no write access (works on a standby); exit 6 if one would be refused")]
    public bool DryRun { get; init; }

    public override ValidationResult Validate() =>
        Packs.Length == 0 ? ValidationResult.Error("Name at least one fact pack (.json).") : base.Validate();
}
