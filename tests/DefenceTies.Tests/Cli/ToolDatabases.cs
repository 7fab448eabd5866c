using DefenceTies.Tests.Infrastructure;

namespace DefenceTies.Tests.Cli;

/// <summary>Theory data: the databases a separate process can open (a file, a server), not SQLite in memory.</summary>
public static class ToolDatabases
{
    public static TheoryData<DatabaseKind> All => new(DatabaseKind.SqliteFile, DatabaseKind.PostgreSql);
}
