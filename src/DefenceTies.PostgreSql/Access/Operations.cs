using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DefenceTies.PostgreSql.Access;

/// <summary>How the library's refusals name what was refused (the exceptions' <c>Operation</c>).</summary>
internal static class Operations
{
    public const string Migrating = "Applying migrations";
    public const string Saving = "Saving changes";
    public const string BulkImport = "A bulk import";

    /// <summary>The operation a command EF Core sends belongs to.</summary>
    public static string Of(CommandSource source) => source switch
    {
        CommandSource.Migrations => Migrating,
        CommandSource.SaveChanges => Saving,
        CommandSource.ExecuteUpdate => "ExecuteUpdate",
        CommandSource.ExecuteDelete => "ExecuteDelete",
        _ => "A SQL statement",
    };
}
