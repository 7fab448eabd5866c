using System.ComponentModel;
using DefenceTies.Cli.Database;
using DefenceTies.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DefenceTies.Cli.Commands;

/// <summary><c>export</c>'s options: the database, the format, where to write, and the filters.</summary>
internal sealed class ExportSettings : DatabaseSettings
{
    /// <summary>The format names the command accepts, as users type them.</summary>
    public static readonly IReadOnlyDictionary<string, DefenceTies.Exports.ExportFormat> Formats = new Dictionary<string, DefenceTies.Exports.ExportFormat>(StringComparer.OrdinalIgnoreCase)
    {
        ["ftm"] = DefenceTies.Exports.ExportFormat.FollowTheMoney,
        ["popolo"] = DefenceTies.Exports.ExportFormat.Popolo,
        ["dyad-year"] = DefenceTies.Exports.ExportFormat.DyadYear,
        ["graphml"] = DefenceTies.Exports.ExportFormat.GraphML,
    };

    [CommandOption("--format <FORMAT>")]
    [Description("ftm (FollowTheMoney JSON lines), popolo (Popolo JSON), dyad-year (CSV panel) or graphml")]
    public string Format { get; init; } = "";

    [CommandOption("--out <PATH>")]
    [Description("The file to write (replaced if it exists). Without it, the export goes to standard output")]
    public string? Out { get; init; }

    [CommandOption("--nation <CODE>")]
    [Description("Only ties involving this nation (ISO alpha-2 or alpha-3); repeat for several")]
    public string[] Nations { get; init; } = [];

    [CommandOption("--from <DATE>")]
    [Description("Only ties from this date on: YYYY, YYYY-MM or YYYY-MM-DD")]
    public string? From { get; init; }

    [CommandOption("--to <DATE>")]
    [Description("Only ties up to this date: YYYY, YYYY-MM or YYYY-MM-DD")]
    public string? To { get; init; }

    public override ValidationResult Validate()
    {
        if (!Formats.ContainsKey(Format))
        {
            return ValidationResult.Error($"--format must be one of {string.Join(", ", Formats.Keys)}.");
        }

        if (Out is { Length: 0 })
        {
            return ValidationResult.Error("--out needs a path.");
        }

        foreach (var (name, value) in new[] { ("--from", From), ("--to", To) })
        {
            if (value is not null && !PartialDate.TryParse(value, out _))
            {
                return ValidationResult.Error($"{name} '{value}' is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD.");
            }
        }

        return base.Validate();
    }
}
