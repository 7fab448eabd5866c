namespace DefenceTies.Testing;

/// <summary>
/// The tiers of the test suite, carried by every test as the xunit trait <c>Tier</c>, so that a
/// filter runs one tier (<c>dotnet test DefenceTies.sln -c Release --filter Tier=fast</c>) and
/// <c>.ci/run</c> times each. A test belongs to exactly one tier:
/// <list type="bullet">
/// <item><description><see cref="Fast"/>: unit tests and the in-memory SQLite rows of the behavioural
/// theories; no file, server or process.</description></item>
/// <item><description><see cref="Integration"/>: a SQLite file or a PostgreSQL database, a web host in
/// process; the default of every test that names no other tier.</description></item>
/// <item><description><see cref="Process"/>: tests that run the <c>defenceties</c> tool or another
/// program as a process, kill processes, or start clusters of their own (replicas, password
/// servers).</description></item>
/// <item><description><see cref="Browser"/>: the Explorer driven in Chromium.</description></item>
/// <item><description><see cref="Conformance"/>: the exports read by their users' own tools (the
/// FollowTheMoney JavaScript model under Node, networkx and pandas under Debian's Python).</description></item>
/// </list>
/// A test that carries <see cref="Process"/>, <see cref="Browser"/> or <see cref="Conformance"/> belongs there even when a
/// theory row also says <see cref="Integration"/>: the filters in <c>.ci/run</c> are written so.
/// </summary>
internal static class TestTier
{
    /// <summary>The trait's name.</summary>
    public const string Name = "Tier";

    /// <summary>No file, server or process: seconds for the whole tier.</summary>
    public const string Fast = "fast";

    /// <summary>A SQLite file, a PostgreSQL database or an in-process web host.</summary>
    public const string Integration = "integration";

    /// <summary>Other processes: the CLI as a user runs it, killed processes, clusters of their own.</summary>
    public const string Process = "process";

    /// <summary>A real browser.</summary>
    public const string Browser = "browser";

    /// <summary>The exports' users' own tools, run as programs on exported files.</summary>
    public const string Conformance = "conformance";
}
