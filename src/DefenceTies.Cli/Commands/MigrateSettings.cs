using System.ComponentModel;
using DefenceTies.Cli.Database;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DefenceTies.Cli.Commands;

/// <summary>The options of <c>migrate</c>.</summary>
internal sealed class MigrateSettings : DatabaseSettings
{
    [CommandOption("--apply")]
    [Description("Apply the pending migrations (creates the SQLite file if it does not exist)")]
    public bool Apply { get; init; }

    [CommandOption("--script")]
    [Description("Print the SQL instead of applying it: for PostgreSQL an idempotent script of every migration; for SQLite (which has no idempotent scripts) the SQL from the database's last applied migration")]
    public bool Script { get; init; }

    public override ValidationResult Validate()
    {
        if (Apply && Script)
        {
            return ValidationResult.Error("Pass --apply or --script, not both: --script prints the SQL for a DBA to apply.");
        }

        if (Script && Json)
        {
            return ValidationResult.Error("--script prints SQL; it cannot be combined with --json.");
        }

        return base.Validate();
    }
}
