using DefenceTies.Tests.Infrastructure;

namespace DefenceTies.Tests.Cli;

/// <summary>Theory data: the databases a separate process can open (a file, a server), not SQLite in memory.</summary>
public static class ToolDatabases
{
    /// <summary>A SQLite file and a PostgreSQL server: for commands whose work differs by provider (migrating, seeding, importing, exporting, sizes, a database's errors).</summary>
    public static TheoryData<DatabaseKind> All => new(DatabaseKind.SqliteFile, DatabaseKind.PostgreSql);

    /// <summary>
    /// A SQLite file only: for what the tool itself decides — its output, exit codes and messages —
    /// over library calls whose answers on each provider the integration tier checks. Each start of
    /// the tool costs about 1.5 s of CPU on two cores; the PostgreSQL rows of these added minutes
    /// and no coverage the rows of <see cref="All"/> do not give.
    /// </summary>
    public static TheoryData<DatabaseKind> File => new(DatabaseKind.SqliteFile);
}
