using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DefenceTies.PostgreSql.Access;

/// <summary>
/// Asks the server, before each statement a migration (or <c>EnsureCreated</c>/<c>EnsureDeleted</c>)
/// would run, whether it can write, and refuses with <see cref="ReadOnlyConnectionException"/> if
/// it cannot. Only statements that change something are checked: reading which migrations are
/// applied is harmless on a standby. A check per statement costs one round trip, which migrations,
/// run rarely and from one place, can afford; it never lets a statement through to a server that
/// became read-only part-way.
/// </summary>
internal sealed class PrimaryOnlyMigrationGuard : DbCommandInterceptor
{
    public static PrimaryOnlyMigrationGuard Instance { get; } = new();

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.CommandSource == CommandSource.Migrations)
        {
            WriteTarget.EnsureWritable(command.Connection!, command.Transaction, Operations.Migrating);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.CommandSource == CommandSource.Migrations)
        {
            await WriteTarget.EnsureWritableAsync(command.Connection!, command.Transaction, Operations.Migrating, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }
}
