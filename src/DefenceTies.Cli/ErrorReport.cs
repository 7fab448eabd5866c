using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;
using Spectre.Console.Cli;

namespace DefenceTies.Cli;

/// <summary>
/// Turns an exception into the exit code and the message a user reads on stderr: what went wrong
/// and what to do, on one line; a refusal that lists several problems (a fact pack's) puts each
/// problem on a line of its own (<see cref="WithProblemLines"/>). Drivers' messages are kept where
/// they say more than the tool could.
/// </summary>
internal static class ErrorReport
{
    public static (int ExitCode, string Message) Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            CliException cli => (cli.ExitCode, cli.Message),
            CommandAppException app => (ExitCodes.InvalidInput, $"{OneLine(app.Message)} Run 'defenceties --help' (or 'defenceties <command> --help') for usage."),
            UnknownMigrationsException unknown => (ExitCodes.DatabaseRefused,
                $"The database holds migrations this version of defenceties does not know ({string.Join(", ", unknown.UnknownMigrations)}); it was probably migrated by a newer version. Use that version's tool, or pass --force if you are sure its schema suits this one."),
            PostgresException postgres => Postgres(postgres),
            NpgsqlException npgsql when Find<SocketException>(npgsql) is { } socket => (ExitCodes.DatabaseRefused,
                $"Cannot connect to the PostgreSQL server ({socket.Message}). Check Host and Port in --postgres and that the server is running."),
            NpgsqlException npgsql when Find<TimeoutException>(npgsql) is not null => (ExitCodes.DatabaseRefused,
                $"The PostgreSQL server did not answer in time ({OneLine(npgsql.Message)}). Check Host and Port in --postgres, or raise Timeout=<seconds> in it."),
            NpgsqlException npgsql => (ExitCodes.DatabaseRefused, $"PostgreSQL refused the connection: {OneLine(npgsql.Message)} Check --postgres."),
            SqliteException sqlite => Sqlite(sqlite),
            _ when Find<PostgresException>(exception) is { } inner => Postgres(inner),
            _ when Find<SqliteException>(exception) is { } inner => Sqlite(inner),
            _ => (ExitCodes.Failed, $"{exception.GetType().Name}: {OneLine(exception.Message)} (run again with --verbose for details)"),
        };
    }

    /// <summary>
    /// A message listing problems one a line (the summary, then each problem, indented, as the
    /// library writes them), followed by what to do on a line of its own. Blank lines are dropped.
    /// </summary>
    public static string WithProblemLines(string message, string whatToDo)
    {
        ArgumentNullException.ThrowIfNull(message);
        var lines = message.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !string.IsNullOrWhiteSpace(l));
        return string.Join(Environment.NewLine, [.. lines, whatToDo]);
    }

    private static (int, string) Postgres(PostgresException ex) => ex.SqlState switch
    {
        // invalid_password, invalid_authorization_specification
        "28P01" or "28000" => (ExitCodes.DatabaseRefused,
            $"PostgreSQL refused the login: {OneLine(ex.MessageText)}. Check Username and Password in --postgres (or PGPASSWORD)."),
        // invalid_catalog_name
        "3D000" => (ExitCodes.DatabaseRefused, $"PostgreSQL: {OneLine(ex.MessageText)}. Create it first (createdb), or fix Database in --postgres."),
        // undefined_table: a schema this version expects is not there
        "42P01" => (ExitCodes.DatabaseRefused, $"PostgreSQL: {OneLine(ex.MessageText)}: the database is not migrated. Run 'defenceties migrate --apply' first."),
        // insufficient_privilege
        "42501" => (ExitCodes.DatabaseRefused, $"PostgreSQL: {OneLine(ex.MessageText)}. Use a role with the rights this command needs (see docs/dba.md)."),
        _ => (ExitCodes.Failed, $"PostgreSQL error {ex.SqlState}: {OneLine(ex.MessageText)} (run again with --verbose for details)"),
    };

    private static (int, string) Sqlite(SqliteException ex) => ex.SqliteErrorCode switch
    {
        // SQLITE_CANTOPEN
        14 => (ExitCodes.DatabaseRefused, $"Cannot open the SQLite database: {OneLine(ex.Message)} Check the path given to --database and its permissions."),
        // SQLITE_NOTADB
        26 => (ExitCodes.DatabaseRefused, "The file given to --database is not a SQLite database. Pass another file, or a new path and run 'defenceties migrate --apply'."),
        // SQLITE_BUSY, SQLITE_LOCKED
        5 or 6 => (ExitCodes.DatabaseRefused, $"The SQLite database is locked by another process: {OneLine(ex.Message)} Try again when it is done."),
        1 when ex.Message.Contains("no such table", StringComparison.Ordinal) =>
            (ExitCodes.DatabaseRefused, $"{OneLine(ex.Message)}: the database is not migrated. Run 'defenceties migrate --apply' first."),
        _ => (ExitCodes.Failed, $"SQLite error {ex.SqliteErrorCode}: {OneLine(ex.Message)} (run again with --verbose for details)"),
    };

    private static T? Find<T>(Exception exception)
        where T : Exception
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        return null;
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
