using System.Net.Sockets;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace DefenceTies.PostgreSql.Replication;

/// <summary>
/// The execution strategy of read contexts: a read that fails because its server went away (the
/// connection broke, or the server is shutting down or starting) runs again, at once, then after
/// 0.1 s and 0.2 s. Npgsql marks a server it lost as offline (for <c>Host Recheck Seconds</c>) and
/// clears its pooled connections, so the retry opens a connection on another host: the next
/// standby, or the primary. Other errors, timeouts included, are not retried: a slow query must not
/// run four times. Inside the caller's own transaction nothing is retried (the work before the
/// failure would be lost), and, unlike EF Core's retrying strategies, such a transaction is allowed.
/// </summary>
internal sealed class StandbyFailoverExecutionStrategy(ExecutionStrategyDependencies dependencies)
    : ExecutionStrategy(dependencies, MaxRetries, TimeSpan.FromSeconds(1))
{
    private const int MaxRetries = 3;

    private bool _inCallersTransaction;

    protected override void OnFirstExecution()
    {
        _inCallersTransaction = Dependencies.CurrentContext.Context.Database.CurrentTransaction is not null;
        if (_inCallersTransaction)
        {
            ExceptionsEncountered.Clear();
            return;
        }

        base.OnFirstExecution();
    }

    protected override bool ShouldRetryOn(Exception exception) => !_inCallersTransaction && ServerWentAway(exception);

    protected override TimeSpan? GetNextDelay(Exception lastException) =>
        base.GetNextDelay(lastException) is null ? null : TimeSpan.FromMilliseconds(100 * (ExceptionsEncountered.Count - 1));

    private static bool ServerWentAway(Exception exception) => exception switch
    {
        PostgresException postgres => postgres.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
            || postgres.SqlState.StartsWith("08", StringComparison.Ordinal),
        NpgsqlException npgsql => npgsql.InnerException is IOException or SocketException,
        _ => false,
    };
}
