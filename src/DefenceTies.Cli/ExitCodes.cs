namespace DefenceTies.Cli;

/// <summary>
/// The process exit codes, documented in <c>--help</c> and docs/cli.md. Scripts branch on them, so a
/// value never changes meaning once released.
/// </summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>Something unexpected failed (a bug or an error the tool does not recognise); <c>--verbose</c> shows the stack trace.</summary>
    public const int Failed = 1;

    /// <summary>The command line is wrong: an unknown option, a malformed code or connection string, options that exclude each other.</summary>
    public const int InvalidInput = 2;

    /// <summary>The database cannot be used: missing file, cannot connect, login refused, not migrated, or migrated by a newer version.</summary>
    public const int DatabaseRefused = 3;

    /// <summary>Something asked for by name is not stored (a nation code, a claim number).</summary>
    public const int NotFound = 4;

    /// <summary><c>verify</c> found rows that are not faithful to their sources or break the model's rules.</summary>
    public const int VerifyFailed = 5;

    /// <summary>A fact pack was refused (or, with <c>import --dry-run</c>, would be): it breaks the format or a rule, or does not hold against the database; nothing of it was stored.</summary>
    public const int PackRefused = 6;

    /// <summary>Interrupted (Ctrl+C): 128 + SIGINT, as shells report it.</summary>
    public const int Interrupted = 130;

    /// <summary>The table shown at the end of <c>--help</c> and in docs/cli.md.</summary>
    public static IReadOnlyList<(int Code, string Meaning)> All { get; } =
    [
        (Ok, "success"),
        (Failed, "unexpected error (run again with --verbose for the stack trace)"),
        (InvalidInput, "invalid input: unknown option or command, malformed nation code or connection string, conflicting options"),
        (DatabaseRefused, "database refused: file missing, cannot connect, login refused, not migrated, or holds migrations this version does not know"),
        (NotFound, "not found: no stored nation has that code"),
        (VerifyFailed, "verify found problems"),
        (PackRefused, "a fact pack was refused (validate or import; import --dry-run: would be refused): every problem is listed with its JSON path; nothing of it was stored"),
        (Interrupted, "interrupted (Ctrl+C)"),
    ];
}
