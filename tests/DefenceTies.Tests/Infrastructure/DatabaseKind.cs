namespace DefenceTies.Tests.Infrastructure;

/// <summary>The database engines every behavioural test runs against.</summary>
public enum DatabaseKind
{
    /// <summary>SQLite in memory, kept alive by one shared open connection.</summary>
    SqliteInMemory,

    /// <summary>SQLite in a temporary file.</summary>
    SqliteFile,

    /// <summary>A database of its own on a real PostgreSQL server (see <see cref="PostgreSqlServer"/>).</summary>
    PostgreSql,
}
