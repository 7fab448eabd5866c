using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace DefenceTies.PostgreSql.Access;

/// <summary>
/// Raises the library's exceptions for the two ways PostgreSQL refuses a change because of who or
/// where the application is rather than what it wrote: a missing privilege (42501) becomes
/// <see cref="PermissionDeniedException"/>, a read-only transaction or standby (25006) becomes
/// <see cref="ReadOnlyConnectionException"/>. Queries keep Npgsql's own exception: a role that may
/// not read a table is a deployment error, not a refused write.
/// </summary>
internal sealed class AccessErrorInterceptor : DbCommandInterceptor
{
    public static AccessErrorInterceptor Instance { get; } = new();

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => ThrowTranslated(command, eventData);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ThrowTranslated(command, eventData);
        return Task.CompletedTask;
    }

    private static void ThrowTranslated(DbCommand command, CommandErrorEventData eventData)
    {
        // EF Core rethrows the original exception after this returns; throwing here replaces it.
        // Both exceptions are DbUpdateExceptions, which SaveChanges passes on as they are.
        if (eventData.Exception is not PostgresException error || eventData.CommandSource is CommandSource.LinqQuery or CommandSource.FromSqlQuery)
        {
            return;
        }

        var operation = Operations.Of(eventData.CommandSource);
        switch (error.SqlState)
        {
            case PostgresErrorCodes.InsufficientPrivilege:
                throw new PermissionDeniedException(operation, (command.Connection as NpgsqlConnection)?.UserName ?? "(unknown)", error.MessageText, error);
            case PostgresErrorCodes.ReadOnlySqlTransaction:
                throw new ReadOnlyConnectionException(operation, $"the server ({WriteTarget.Server(command.Connection!)}) refused it as read-only: {error.MessageText}.", error);
        }
    }
}
