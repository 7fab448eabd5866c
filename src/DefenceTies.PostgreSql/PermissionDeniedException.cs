using Microsoft.EntityFrameworkCore;

namespace DefenceTies.PostgreSql;

/// <summary>
/// PostgreSQL refused a write or a schema change because the connection's role lacks the privilege
/// (SQLSTATE 42501): an application role changing the schema, an analyst role writing a row. With
/// the roles of <c>sql/postgresql/roles.sql</c>, only the owner role changes the schema, the writer
/// role writes rows and the reader role reads. Raised in place of the provider's exception (kept as
/// <see cref="Exception.InnerException"/>) by <c>SaveChanges</c>, <c>ExecuteUpdate</c>/<c>ExecuteDelete</c>,
/// raw SQL and migrations; nothing was written. A refused query is left as Npgsql reports it. It is
/// a <see cref="DbUpdateException"/>, as every refused write of this library is.
/// </summary>
public class PermissionDeniedException : DbUpdateException
{
    internal PermissionDeniedException(string operation, string role, string serverMessage, Exception? innerException)
        : base($"{operation} was refused to role '{role}': {serverMessage} (SQLSTATE 42501). {Advice(operation)}", innerException)
    {
        Operation = operation;
        Role = role;
    }

    /// <summary>What was refused, for example <c>Saving changes</c> or <c>Applying migrations</c>.</summary>
    public string Operation { get; }

    /// <summary>The role the connection logged in as.</summary>
    public string Role { get; }

    private static string Advice(string operation) => operation == Access.Operations.Migrating
        ? "Migrations run as the role that owns the schema (see sql/postgresql/roles.sql and docs/dba.md); application and analyst roles have no DDL rights."
        : "Connect as the role meant for this: the writer role writes rows, the reader role only reads, and only the owner role changes the schema (see sql/postgresql/roles.sql).";
}
