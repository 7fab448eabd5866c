using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Sqlite.Migrations.Internal;

namespace DefenceTies.Sqlite;

// EF1001: SqliteHistoryRepository is EF Core's own SQLite history repository, public but marked as
// internal API. Deriving from it keeps EF's history-table SQL and, for in-memory databases, its
// lock, and changes only how a database file is locked; building on the public HistoryRepository
// instead would copy that SQL here, where it could drift from EF's. The tests in
// tests/DefenceTies.Tests/Reliability/MigrationLockTests.cs fail if an EF Core upgrade changes
// what this relies on.
#pragma warning disable EF1001

/// <summary>
/// EF Core's SQLite history repository with a migration lock that cannot outlive its process (see
/// <see cref="SqliteMigrationLock"/>) and that refuses a database whose history holds migrations
/// this version does not know. <c>UseDefenceTiesSqlite</c> puts it in place of EF Core's, so a
/// plain <c>Database.Migrate()</c> uses it.
/// </summary>
internal sealed class SqliteMigrationHistoryRepository(HistoryRepositoryDependencies dependencies) : SqliteHistoryRepository(dependencies)
{
    public override IMigrationsDatabaseLock AcquireDatabaseLock()
    {
        if (DatabaseFile() is not { } file)
        {
            return SqliteProvider.CheckHistory(base.AcquireDatabaseLock(), Dependencies.CurrentContext.Context);
        }

        Dependencies.MigrationsLogger.AcquiringMigrationLock();
        return SqliteProvider.CheckHistory(SqliteMigrationLock.Acquire(file, this, Dependencies.MigrationsLogger.Logger), Dependencies.CurrentContext.Context);
    }

    public override async Task<IMigrationsDatabaseLock> AcquireDatabaseLockAsync(CancellationToken cancellationToken = default)
    {
        if (DatabaseFile() is not { } file)
        {
            return await SqliteProvider.CheckHistoryAsync(await base.AcquireDatabaseLockAsync(cancellationToken).ConfigureAwait(false), Dependencies.CurrentContext.Context, cancellationToken).ConfigureAwait(false);
        }

        Dependencies.MigrationsLogger.AcquiringMigrationLock();
        var held = await SqliteMigrationLock.AcquireAsync(file, this, Dependencies.MigrationsLogger.Logger, cancellationToken).ConfigureAwait(false);
        return await SqliteProvider.CheckHistoryAsync(held, Dependencies.CurrentContext.Context, cancellationToken).ConfigureAwait(false);
    }

    // The path SQLite resolved for the main database (the same for every spelling of it), or null
    // for an in-memory or temporary database: that one dies with its process, and so does EF
    // Core's lock row in it, which therefore stays in use there.
    private string? DatabaseFile()
    {
        var connection = Dependencies.Connection;

        // Migrate opens the connection before taking the lock; the connection counts nested opens.
        connection.Open();
        try
        {
            return connection.DbConnection.DataSource is { Length: > 0 } path ? path : null;
        }
        finally
        {
            connection.Close();
        }
    }
}
