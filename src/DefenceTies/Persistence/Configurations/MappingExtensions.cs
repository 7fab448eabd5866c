using System.Linq.Expressions;
using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>
/// Mapping helpers that keep a column's name, type and CHECK constraint in one place, so a rule
/// can never be written against a column name that drifted.
/// </summary>
internal static class MappingExtensions
{
    /// <summary>Longest enum member name we store; enums are stored as their names.</summary>
    public const int EnumMaxLength = 40;

    private static string Table(EntityTypeBuilder builder) =>
        builder.Metadata.GetTableName() ?? throw new InvalidOperationException($"Call ToTable before mapping columns of {builder.Metadata.DisplayName()}.");

    /// <summary>Every fact carries a required citation; deleting a citation never deletes facts.</summary>
    public static void IsCitedFact<T>(this EntityTypeBuilder<T> builder)
        where T : CitedEntity =>
        builder.HasOne(e => e.Citation).WithMany().HasForeignKey(e => e.CitationId).IsRequired().OnDelete(DeleteBehavior.Restrict);

    /// <summary>An editable entity: its <see cref="IVersioned.Version"/> is an optimistic concurrency token.</summary>
    public static void IsVersioned<T>(this EntityTypeBuilder<T> builder)
        where T : class, IVersioned =>
        builder.Property(e => e.Version).HasColumnName("version").IsConcurrencyToken().IsRequired().HasDefaultValue(0);

    /// <summary>
    /// A required text column under <see cref="TextRule"/>, with a maximum length
    /// (<see cref="int.MaxValue"/> for none); see <see cref="TextChecks"/> for its CHECK constraints.
    /// </summary>
    public static PropertyBuilder<string> TextColumn<T>(
        this EntityTypeBuilder<T> builder, Expression<Func<T, string>> property, string column, int maxLength, TextLines lines = TextLines.Single)
        where T : class
    {
        builder.TextChecks(column, maxLength, lines, optional: false);
        var mapped = builder.Property(property).HasColumnName(column).IsRequired();
        return maxLength == int.MaxValue ? mapped : mapped.HasMaxLength(maxLength);
    }

    /// <summary>An optional text column: null, or a text as <see cref="TextColumn{T}"/> requires.</summary>
    public static PropertyBuilder<string?> OptionalTextColumn<T>(
        this EntityTypeBuilder<T> builder, Expression<Func<T, string?>> property, string column, int maxLength, TextLines lines = TextLines.Single)
        where T : class
    {
        builder.TextChecks(column, maxLength, lines, optional: true);
        return builder.Property(property).HasColumnName(column).IsRequired(false).HasMaxLength(maxLength);
    }

    /// <summary>
    /// The model's text rule (<see cref="Guard.Text"/>), as three CHECK constraints built from the
    /// same character sets: <c>_not_blank</c> (not empty, no leading or trailing white space, bounded
    /// length), <c>_characters</c> (no NUL, no control character but those the field's
    /// <paramref name="lines"/> allow) and <c>_visible</c> (at least one visible character). Lengths
    /// count characters in SQL and UTF-16 code units in the model, so the model is the stricter.
    /// </summary>
    private static void TextChecks<T>(this EntityTypeBuilder<T> builder, string column, int maxLength, TextLines lines, bool optional)
        where T : class
    {
        var sql = ModelBuildingProvider.Of(builder);
        var table = Table(builder);
        var orNull = optional ? $"{column} IS NULL OR " : string.Empty;
        var bounded = maxLength == int.MaxValue ? string.Empty : $" AND length({column}) <= {maxLength}";
        var padded = $"{sql.CharacterInSql($"substr({column}, 1, 1)", TextRule.WhiteSpace)} OR {sql.CharacterInSql($"substr({column}, length({column}), 1)", TextRule.WhiteSpace)}";
        builder.ToTable(t =>
        {
            t.HasCheckConstraint($"ck_{table}_{column}_not_blank", lines == TextLines.Document
                ? $"{orNull}({column} <> ''{bounded})"
                : $"{orNull}({column} <> '' AND NOT ({padded}){bounded})");
            t.HasCheckConstraint($"ck_{table}_{column}_characters", $"{orNull}NOT ({sql.CharacterInSql(column, TextRule.Forbidden(lines))})");
            // Printable ASCII first: it is visible, and the engine then need not read the long set of invisible ranges.
            t.HasCheckConstraint($"ck_{table}_{column}_visible", $"{orNull}({sql.CharacterInSql(column, TextRule.PrintableAscii)} OR {sql.CharacterNotInSql(column, TextRule.Invisible)})");
        });
    }

    /// <summary>An enum stored as its member name, limited to the defined members.</summary>
    public static PropertyBuilder<TEnum> EnumColumn<T, TEnum>(this EntityTypeBuilder<T> builder, Expression<Func<T, TEnum>> property, string column)
        where T : class
        where TEnum : struct, Enum
    {
        var names = string.Join(", ", Enum.GetNames<TEnum>().Select(n => $"'{n}'"));
        builder.ToTable(t => t.HasCheckConstraint($"ck_{Table(builder)}_{column}", $"{column} IN ({names})"));
        return builder.Property(property).HasColumnName(column).HasConversion<string>().HasMaxLength(EnumMaxLength).IsRequired();
    }

    /// <summary>An optional enum stored as its member name: null, or one of the defined members.</summary>
    public static PropertyBuilder<TEnum?> OptionalEnumColumn<T, TEnum>(this EntityTypeBuilder<T> builder, Expression<Func<T, TEnum?>> property, string column)
        where T : class
        where TEnum : struct, Enum
    {
        var names = string.Join(", ", Enum.GetNames<TEnum>().Select(n => $"'{n}'"));
        builder.ToTable(t => t.HasCheckConstraint($"ck_{Table(builder)}_{column}", $"{column} IS NULL OR {column} IN ({names})"));
        return builder.Property(property).HasColumnName(column).HasConversion<string>().HasMaxLength(EnumMaxLength).IsRequired(false);
    }

    /// <summary>An enum stored as its member name, limited to <paramref name="allowed"/> (the members this column accepts).</summary>
    public static PropertyBuilder<TEnum> EnumColumn<T, TEnum>(this EntityTypeBuilder<T> builder, Expression<Func<T, TEnum>> property, string column, IEnumerable<TEnum> allowed)
        where T : class
        where TEnum : struct, Enum
    {
        var names = string.Join(", ", allowed.Select(n => $"'{n}'"));
        builder.ToTable(t => t.HasCheckConstraint($"ck_{Table(builder)}_{column}", $"{column} IN ({names})"));
        return builder.Property(property).HasColumnName(column).HasConversion<string>().HasMaxLength(EnumMaxLength).IsRequired();
    }

    /// <summary>
    /// An optional code column of the shape <paramref name="pattern"/> gives (the model checks the
    /// same <see cref="CodePattern"/>): its prefix, first character and other characters from the
    /// pattern's ASCII ranges, and its length.
    /// </summary>
    public static PropertyBuilder<string?> OptionalCodeColumn<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, string?>> property, string column, CodePattern pattern)
        where T : class
    {
        var sql = ModelBuildingProvider.Of(builder);
        var start = pattern.Prefix.Length + 1;
        var prefix = pattern.Prefix.Length == 0 ? string.Empty : $"substr({column}, 1, {pattern.Prefix.Length}) = '{pattern.Prefix}' AND ";
        builder.ToTable(t => t.HasCheckConstraint($"ck_{Table(builder)}_{column}_format",
            $"{column} IS NULL OR ({prefix}length({column}) BETWEEN {pattern.MinLength} AND {pattern.MaxLength}"
            + $" AND NOT ({sql.CharacterNotInSql($"substr({column}, {start}, 1)", pattern.FirstCharacter)})"
            + $" AND NOT ({sql.CharacterNotInSql($"substr({column}, {start + 1})", pattern.OtherCharacters)}))"));
        return builder.Property(property).HasColumnName(column).IsRequired(false).HasMaxLength(pattern.MaxLength);
    }

    /// <summary>A required partial date, stored as canonical text and checked for its format.</summary>
    public static PropertyBuilder<PartialDate> PartialDateColumn<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, PartialDate>> property, string column)
        where T : class
    {
        var sql = ModelBuildingProvider.Of(builder);
        builder.ToTable(t => t.HasCheckConstraint($"ck_{Table(builder)}_{column}_format", PartialDateSql(sql, column)));
        return builder.Property(property).HasColumnName(column).UseCollation(sql.Collation).IsRequired();
    }

    /// <summary>An optional partial date, stored as canonical text and checked for its format.</summary>
    public static PropertyBuilder<PartialDate?> OptionalPartialDateColumn<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, PartialDate?>> property, string column)
        where T : class
    {
        var sql = ModelBuildingProvider.Of(builder);
        builder.ToTable(t => t.HasCheckConstraint($"ck_{Table(builder)}_{column}_format", $"{column} IS NULL OR {PartialDateSql(sql, column)}"));
        return builder.Property(property).HasColumnName(column).UseCollation(sql.Collation).IsRequired(false);
    }

    /// <summary>
    /// A canonical partial date that is a real date: the provider's format (day 01 to 31), then,
    /// only once the format holds, a day that month has (leap years included). The CASE keeps
    /// PostgreSQL from casting a malformed year, and makes <c>2024-02-30</c> as unstorable as
    /// <c>2024-13</c>, so no stored row can fail to read back as a <see cref="PartialDate"/>.
    /// </summary>
    private static string PartialDateSql(DefenceTiesProvider sql, string column)
    {
        var year = $"CAST(substr({column}, 1, 4) AS INTEGER)";
        var leap = $"{year} % 4 = 0 AND ({year} % 100 <> 0 OR {year} % 400 = 0)";
        var lastDay = $"CASE substr({column}, 6, 2) WHEN '02' THEN CASE WHEN {leap} THEN '29' ELSE '28' END "
            + "WHEN '04' THEN '30' WHEN '06' THEN '30' WHEN '09' THEN '30' WHEN '11' THEN '30' ELSE '31' END";
        return $"CASE WHEN {sql.PartialDateSql(column)} THEN length({column}) < 10 OR substr({column}, 9, 2) <= {lastDay} ELSE 1 = 0 END";
    }

    /// <summary>
    /// The later partial date is not before the earlier one. Comparing the later date with the
    /// earlier one cut to the same precision lets "2012" end a period that began "2012-05".
    /// </summary>
    /// <param name="builder">The entity's builder.</param>
    /// <param name="laterColumn">The later date's column.</param>
    /// <param name="earlierColumn">The earlier date's column.</param>
    /// <param name="name">A shorter name for the constraint (<c>ck_table_name</c>) where the default would pass PostgreSQL's 63 characters.</param>
    public static void NotBefore<T>(this EntityTypeBuilder<T> builder, string laterColumn, string earlierColumn, string? name = null)
        where T : class =>
        builder.ToTable(t => t.HasCheckConstraint(
            $"ck_{Table(builder)}_{name ?? $"{laterColumn}_not_before_{earlierColumn}"}",
            $"{laterColumn} IS NULL OR {earlierColumn} IS NULL OR {laterColumn} >= substr({earlierColumn}, 1, length({laterColumn}))"));

    /// <summary>Two foreign keys of a link row point at different rows.</summary>
    public static void Distinct<T>(this EntityTypeBuilder<T> builder, string column, string otherColumn)
        where T : class =>
        builder.ToTable(t => t.HasCheckConstraint($"ck_{Table(builder)}_{column}_differs", $"{column} <> {otherColumn}"));

    /// <summary>
    /// Exactly one of the columns is set: an exclusive arc (an alias belongs to one fact, an issue's
    /// actor is a nation or an organisation). The one form of the rule for every arc but
    /// <c>value_citations</c>' own, which the model generates with its kinds of fact.
    /// </summary>
    public static void ExactlyOneOf<T>(this EntityTypeBuilder<T> builder, string name, params string[] columns)
        where T : class =>
        builder.ToTable(t => t.HasCheckConstraint(
            $"ck_{Table(builder)}_{name}",
            $"{string.Join(" + ", columns.Select(c => $"(CASE WHEN {c} IS NULL THEN 0 ELSE 1 END)"))} = 1"));

    /// <summary>
    /// The normalised form of a name or title (<see cref="NameKey"/>), as the shadow property
    /// <see cref="NameKeys.Property"/> in column <c>name_key</c>, indexed for lookups by name or alias.
    /// The library writes it (<see cref="NameKeys"/>); it is nullable where the text it keys is.
    /// </summary>
    public static void HasNameKey<T>(this EntityTypeBuilder<T> builder, bool optional)
        where T : class
    {
        builder.Property<string>(NameKeys.Property).HasColumnName("name_key").IsRequired(!optional);
        builder.HasIndex(NameKeys.Property);
    }
}
