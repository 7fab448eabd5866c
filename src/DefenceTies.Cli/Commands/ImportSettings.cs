using System.ComponentModel;
using DefenceTies.Cli.Database;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DefenceTies.Cli.Commands;

/// <summary><c>import</c>'s options: the database, and the packs to import into it in order.</summary>
internal sealed class ImportSettings : DatabaseSettings
{
    [CommandArgument(0, "<PACK>")]
    [Description("Fact pack files (.json), each with its text file beside it; imported in the order given")]
    public string[] Packs { get; init; } = [];

    public override ValidationResult Validate() =>
        Packs.Length == 0 ? ValidationResult.Error("Name at least one fact pack (.json).") : base.Validate();
}
