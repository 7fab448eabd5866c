using System.ComponentModel;
using DefenceTies.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DefenceTies.Cli.Commands;

/// <summary><c>draft</c>'s options: the report, its key and date, and where to write the pack. It needs no database.</summary>
internal sealed class DraftSettings : CommandSettings
{
    [CommandArgument(0, "<REPORT>")]
    [Description("The report's text file (UTF-8), stored exactly as it is")]
    public string Report { get; init; } = "";

    [CommandOption("--key <KEY>")]
    [Description("The document's key. Without it, the report's file name without its extension")]
    public string? Key { get; init; }

    [CommandOption("--published <DATE>")]
    [Description("The publication date (YYYY, YYYY-MM or YYYY-MM-DD), for a text without a 'date YYYY-MM-DD' header on its first line")]
    public string? Published { get; init; }

    [CommandOption("--out <PATH>")]
    [Description("The pack file to write (replaced if it exists). Without it, the pack goes to standard output")]
    public string? Out { get; init; }

    [CommandOption("--verbose")]
    [Description("On error, print the full exception with its stack trace")]
    public bool Verbose { get; init; }

    public override ValidationResult Validate()
    {
        if (Report.Length == 0)
        {
            return ValidationResult.Error("Name the report's text file.");
        }

        if (Published is not null && !PartialDate.TryParse(Published, out _))
        {
            return ValidationResult.Error($"--published '{Published}' is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD.");
        }

        return Out is { Length: 0 } ? ValidationResult.Error("--out needs a path.") : ValidationResult.Success();
    }
}
