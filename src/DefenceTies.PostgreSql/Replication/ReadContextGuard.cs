using System.Data.Common;
using DefenceTies.PostgreSql.Access;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DefenceTies.PostgreSql.Replication;

/// <summary>
/// Keeps read contexts read-only whichever server answers them. A read context runs on a standby
/// when one is up, where the server itself refuses writes, and on the primary when none is, where
/// it would not: so saving, <c>ExecuteUpdate</c>/<c>ExecuteDelete</c> and migrations are refused
/// here, before anything is sent, the same way every time. Raw SQL is not inspected.
/// </summary>
internal sealed class ReadContextGuard : DbCommandInterceptor, ISaveChangesInterceptor
{
    private const string Reason = "this context reads (it came from IDefenceTiesReadContextFactory and may be on a standby, or on the primary when no standby is up), so it never writes.";

    public static ReadContextGuard Instance { get; } = new();

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        throw new ReadOnlyConnectionException(Operations.Saving, Reason);

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        throw new ReadOnlyConnectionException(Operations.Saving, Reason);

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Refuse(eventData.CommandSource);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Refuse(eventData.CommandSource);
        return ValueTask.FromResult(result);
    }

    private static void Refuse(CommandSource source)
    {
        if (source is CommandSource.Migrations or CommandSource.ExecuteUpdate or CommandSource.ExecuteDelete)
        {
            throw new ReadOnlyConnectionException(Operations.Of(source), Reason);
        }
    }
}
