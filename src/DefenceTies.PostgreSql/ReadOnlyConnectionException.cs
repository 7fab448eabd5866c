using Microsoft.EntityFrameworkCore;

namespace DefenceTies.PostgreSql;

/// <summary>
/// A write, a migration, seeding or a bulk import was refused because it would have gone through a
/// connection that cannot write: a hot standby, a session whose transactions are read-only, or a
/// read context (<see cref="IDefenceTiesReadContextFactory"/>). Nothing was written. Send it
/// through the primary: a writer context (<see cref="IDbContextFactory{TContext}"/> of
/// <see cref="DefenceTiesDbContext"/>, or the scoped context), or a connection string with
/// <c>Target Session Attributes=primary</c>. It is a <see cref="DbUpdateException"/>, as every
/// refused write of this library is.
/// </summary>
public class ReadOnlyConnectionException : DbUpdateException
{
    internal ReadOnlyConnectionException(string operation, string reason, Exception? innerException = null)
        : base($"{operation} was refused: {reason} Migrations, seeding, imports and writes go to the primary: use a writer context "
            + "(IDbContextFactory<DefenceTiesDbContext> or the scoped DefenceTiesDbContext), or a connection string with "
            + "Target Session Attributes=primary.", innerException)
    {
        Operation = operation;
    }

    /// <summary>What was refused, for example <c>Applying migrations</c> or <c>A bulk import</c>.</summary>
    public string Operation { get; }
}
