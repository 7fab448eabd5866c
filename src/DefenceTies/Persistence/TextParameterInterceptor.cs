using System.Data.Common;
using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DefenceTies.Persistence;

/// <summary>
/// Refuses, before it runs, any command of a DefenceTies context with a text parameter that no
/// database can store or compare exactly: a NUL or an unpaired UTF-16 surrogate
/// (<see cref="TextRule.FindUnstorable"/>). Without it SQLite's driver would silently store an
/// unpaired surrogate as U+FFFD (and a query would match U+FFFD), and Npgsql would throw an
/// <see cref="System.Text.EncoderFallbackException"/> naming nothing. The model's guards refuse
/// such text first; this covers what bypasses them (a value set through the change tracker,
/// <c>ExecuteUpdate</c>, raw SQL, a query's parameter).
/// </summary>
internal sealed class TextParameterInterceptor : DbCommandInterceptor
{
    public static TextParameterInterceptor Instance { get; } = new();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Check(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Check(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Check(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Check(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Check(command, eventData);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbCommand command, CommandEventData eventData)
    {
        foreach (DbParameter parameter in command.Parameters)
        {
            if (parameter.Value is string text && TextRule.FindUnstorable(text) is { } problem)
            {
                throw eventData.Context is DefenceTiesDbContext { IsSaving: true } context
                    ? Refused(context, text, problem)
                    : new ArgumentException($"The parameter {parameter.ParameterName} holds text that cannot be stored or compared with stored text: {problem}");
            }
        }
    }

    /// <summary>
    /// SaveChanges is sending the text: report the entry and property that hold it, as for a
    /// constraint the database names. A <see cref="ConstraintViolationException"/> is a
    /// <see cref="DbUpdateException"/>, so EF Core lets it through unwrapped and rolls the save back.
    /// </summary>
    private static ConstraintViolationException Refused(DefenceTiesDbContext context, string text, string problem)
    {
        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            foreach (var property in entry.Properties)
            {
                if (property.CurrentValue is string value && string.Equals(value, text, StringComparison.Ordinal))
                {
                    return new ConstraintViolationException(entry.Metadata.ClrType.Name, property.Metadata.Name, text, ConstraintKind.InvalidText, problem, null, [entry]);
                }
            }
        }

        return new ConstraintViolationException("(unknown entity)", "(unknown field)", text, ConstraintKind.InvalidText, problem, null);
    }
}
