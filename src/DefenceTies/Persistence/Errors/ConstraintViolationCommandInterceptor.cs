using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DefenceTies.Persistence.Errors;

/// <summary>
/// Raises <see cref="Model.ConstraintViolationException"/> for constraint errors of statements that
/// run outside <c>SaveChanges</c> (<c>ExecuteUpdate</c>, <c>ExecuteDelete</c>), so every write path
/// reports a broken rule the same way. <c>SaveChanges</c> translates its own errors, with the
/// values of the entries it was saving; migration commands are left to EF Core and the provider.
/// </summary>
internal sealed class ConstraintViolationCommandInterceptor : DbCommandInterceptor
{
    public static ConstraintViolationCommandInterceptor Instance { get; } = new();

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => ThrowTranslated(eventData);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ThrowTranslated(eventData);
        return Task.CompletedTask;
    }

    private static void ThrowTranslated(CommandErrorEventData eventData)
    {
        // EF Core rethrows the original exception after this returns; throwing here replaces it.
        // Errors of migration commands stay the provider's: providers catch some of them (Npgsql
        // expects a unique violation when two processes create the history table at once).
        if (eventData.CommandSource != CommandSource.Migrations
            && eventData.Context is DefenceTiesDbContext { IsSaving: false } context
            && eventData.Exception is DbException db
            && ConstraintViolationTranslator.Translate(db, context.Model, context.Provider) is { } violation)
        {
            throw violation;
        }
    }
}
