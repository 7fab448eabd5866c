using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence;

/// <summary>
/// Writes CHECK constraint SQL for the provider the model is being built for. Most rules are
/// written in SQL both SQLite and PostgreSQL accept; pattern matching is the exception (SQLite has
/// GLOB but no regular expressions, PostgreSQL has <c>~</c>).
/// </summary>
internal abstract class SqlDialect
{
    private const string AnnotationName = "DefenceTies:SqlDialect";

    public static SqlDialect Sqlite { get; } = new SqliteDialect();

    public static SqlDialect PostgreSql { get; } = new PostgreSqlDialect();

    /// <summary>Chooses the dialect for an EF Core provider name.</summary>
    /// <exception cref="NotSupportedException">The provider is neither SQLite nor PostgreSQL.</exception>
    public static SqlDialect ForProvider(string? providerName) => providerName switch
    {
        "Microsoft.EntityFrameworkCore.Sqlite" => Sqlite,
        "Npgsql.EntityFrameworkCore.PostgreSQL" => PostgreSql,
        _ => throw new NotSupportedException(
            $"DefenceTies supports SQLite and PostgreSQL; the provider '{providerName ?? "(none)"}' is not supported."),
    };

    /// <summary>Makes the dialect visible to entity configurations while the model is built.</summary>
    public static void Attach(ModelBuilder modelBuilder, SqlDialect dialect) =>
        modelBuilder.Model.SetAnnotation(AnnotationName, dialect);

    /// <summary>Removes the build-time annotation so it never reaches migrations or snapshots.</summary>
    public static void Detach(ModelBuilder modelBuilder) => modelBuilder.Model.RemoveAnnotation(AnnotationName);

    public static SqlDialect Of(EntityTypeBuilder builder) =>
        builder.Metadata.Model.FindAnnotation(AnnotationName)?.Value as SqlDialect
        ?? throw new InvalidOperationException("The SQL dialect is only available while DefenceTiesDbContext builds its model.");

    /// <summary>
    /// A collation that compares text byte by byte, or null where that is already the default
    /// (SQLite's BINARY). Partial dates use it so that SQL orders them as ordinal text.
    /// </summary>
    public abstract string? OrdinalCollation { get; }

    /// <summary>The column matches a whole-value pattern, given both as a GLOB and as a regular expression.</summary>
    public abstract string Matches(string column, string glob, string regex);

    /// <summary>The column holds a canonical <see cref="Model.PartialDate"/> text (yyyy, yyyy-MM or yyyy-MM-dd).</summary>
    public string PartialDate(string column) =>
        $"{Matches(column, "[0-9][0-9][0-9][0-9]", @"\d{4}")} OR " +
        $"{Matches(column, "[0-9][0-9][0-9][0-9]-[01][0-9]", @"\d{4}-(0[1-9]|1[0-2])")} OR " +
        $"{Matches(column, "[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]", @"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")}";

    private sealed class SqliteDialect : SqlDialect
    {
        public override string? OrdinalCollation => null;

        public override string Matches(string column, string glob, string regex) => $"{column} GLOB '{glob}'";
    }

    private sealed class PostgreSqlDialect : SqlDialect
    {
        public override string? OrdinalCollation => "C";

        public override string Matches(string column, string glob, string regex) => $"{column} ~ '^{regex}$'";
    }
}
