using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL.Migrations.Internal;

namespace DefenceTies.PostgreSql;

// EF1001: NpgsqlHistoryRepository is Npgsql's history repository, public but marked as internal
// API. Deriving from it keeps Npgsql's history-table handling (its creation commands, its race
// handling, its idempotent scripts) and changes only the lock; the public HistoryRepository would
// mean copying all of that here. The tests in
// tests/DefenceTies.Tests/Reliability/MigrationLockTests.cs fail if an upgrade changes what this
// relies on.
#pragma warning disable EF1001

/// <summary>
/// Npgsql's history repository with a migration lock held for the whole migration (see
/// <see cref="PostgreSqlMigrationLock"/>) and that refuses a database whose history holds
/// migrations this version does not know. <c>UseDefenceTiesPostgreSql</c> puts it in place of
/// Npgsql's, so a plain <c>Database.Migrate()</c> uses it.
/// </summary>
internal sealed class PostgreSqlMigrationHistoryRepository(HistoryRepositoryDependencies dependencies) : NpgsqlHistoryRepository(dependencies)
{
    /// <summary>The advisory lock is the session's: the server drops it when the connection closes.</summary>
    public override LockReleaseBehavior LockReleaseBehavior => LockReleaseBehavior.Connection;

    // Npgsql answers "exists" without asking and reads a missing table by catching the error, which
    // EF Core logs as a failed command. The lock reads the history before the migrator creates it,
    // so this asks instead.
    protected override string ExistsSql =>
        $"SELECT to_regclass({Dependencies.TypeMappingSource.GetMapping(typeof(string)).GenerateSqlLiteral(SqlGenerationHelper.DelimitIdentifier(TableName, TableSchema))}) IS NOT NULL";

    public override IMigrationsDatabaseLock AcquireDatabaseLock()
    {
        Dependencies.MigrationsLogger.AcquiringMigrationLock();
        var held = PostgreSqlMigrationLock.Acquire(Dependencies, this);
        try
        {
            if (!Exists())
            {
                Create();
            }
        }
        catch
        {
            held.Dispose();
            throw;
        }

        return PostgreSqlProvider.CheckHistory(held, Dependencies.CurrentContext.Context);
    }

    // EF Core's migrator takes the lock, then creates the history table, and disposes the lock
    // only in the step after that: when creating the table fails (a role that may not create
    // tables in the schema), the lock is never disposed, the closed connection goes back to the
    // pool with its session, and the session keeps the advisory lock, so every other migrator of
    // the database waited until the pool pruned that connection, minutes later. So the table is
    // created here, under the lock, where a failure releases the lock while the connection is
    // still open; EF Core's own creation then finds it.
    public override async Task<IMigrationsDatabaseLock> AcquireDatabaseLockAsync(CancellationToken cancellationToken = default)
    {
        Dependencies.MigrationsLogger.AcquiringMigrationLock();
        var held = await PostgreSqlMigrationLock.AcquireAsync(Dependencies, this, cancellationToken).ConfigureAwait(false);
        try
        {
            if (!await ExistsAsync(cancellationToken).ConfigureAwait(false))
            {
                await CreateAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            await held.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return await PostgreSqlProvider.CheckHistoryAsync(held, Dependencies.CurrentContext.Context, cancellationToken).ConfigureAwait(false);
    }

    public override bool Exists() =>
        InterpretExistsResult(Dependencies.RawSqlCommandBuilder.Build(ExistsSql).ExecuteScalar(PostgreSqlMigrationLock.Parameters(Dependencies)));

    public override async Task<bool> ExistsAsync(CancellationToken cancellationToken = default) =>
        InterpretExistsResult(await Dependencies.RawSqlCommandBuilder.Build(ExistsSql).ExecuteScalarAsync(PostgreSqlMigrationLock.Parameters(Dependencies), cancellationToken).ConfigureAwait(false));
}
