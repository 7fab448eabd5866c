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

    /// <summary>
    /// The column holds a canonical <see cref="Model.PartialDate"/> text (yyyy, yyyy-MM or yyyy-MM-dd)
    /// with a year from 0001, a month from 01 to 12 and a day from 01 to 31. (Whether the day exists in
    /// that month is checked by <see cref="Model.PartialDate"/> itself.)
    /// </summary>
    public abstract string PartialDate(string column);

    private sealed class SqliteDialect : SqlDialect
    {
        public override string? OrdinalCollation => null;

        public override string Matches(string column, string glob, string regex) => $"{column} GLOB '{glob}'";

        // GLOB has no alternation, so the month and day ranges are spelled out with substr.
        public override string PartialDate(string column) =>
            $"{column} GLOB '[0-9][0-9][0-9][0-9]*' AND substr({column}, 1, 4) <> '0000' AND (length({column}) = 4 OR " +
            $"(length({column}) IN (7, 10) AND {column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' AND substr({column}, 6, 2) BETWEEN '01' AND '12' AND " +
            $"(length({column}) = 7 OR ({column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND substr({column}, 9, 2) BETWEEN '01' AND '31'))))";
    }

    private sealed class PostgreSqlDialect : SqlDialect
    {
        public override string? OrdinalCollation => "C";

        public override string Matches(string column, string glob, string regex) => $"{column} ~ '^{regex}$'";

        public override string PartialDate(string column) =>
            $"{column} ~ '^(000[1-9]|00[1-9]\\d|0[1-9]\\d{{2}}|[1-9]\\d{{3}})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$'";
    }
}
