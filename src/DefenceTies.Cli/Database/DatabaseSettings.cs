using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DefenceTies.Cli.Database;

/// <summary>The options every command takes: which database, and how to report.</summary>
internal class DatabaseSettings : CommandSettings
{
    /// <summary>The file used when neither <c>--database</c> nor <c>--postgres</c> is given.</summary>
    public const string DefaultDatabaseFile = "defenceties.db";

    [CommandOption("--database <FILE>")]
    [Description("SQLite database file. Default: ./defenceties.db")]
    public string? Database { get; init; }

    [CommandOption("--postgres <CONNECTION_STRING>")]
    [Description("Use PostgreSQL instead: an Npgsql connection string (\"Host=...;Database=...;Username=...\"). The password is never printed; PGPASSWORD or ~/.pgpass keep it off the command line")]
    public string? Postgres { get; init; }

    [CommandOption("--json")]
    [Description("Write the result as JSON on stdout, for scripts")]
    public bool Json { get; init; }

    [CommandOption("--verbose")]
    [Description("On error, print the full exception with its stack trace")]
    public bool Verbose { get; init; }

    [CommandOption("--force")]
    [Description("Use a database whose migration history holds migrations this version does not know (made by a newer version)")]
    public bool Force { get; init; }

    public override ValidationResult Validate()
    {
        if (Database is not null && Postgres is not null)
        {
            return ValidationResult.Error("Pass either --database <FILE> or --postgres <CONNECTION_STRING>, not both.");
        }

        if (Database is { Length: 0 } || Postgres is { Length: 0 })
        {
            return ValidationResult.Error("--database and --postgres need a value.");
        }

        return ValidationResult.Success();
    }
}
