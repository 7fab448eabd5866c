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

    /// <summary>A text column that may not be blank or padded, with a maximum length.</summary>
    public static PropertyBuilder<string> TextColumn<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, string>> property, string column, int maxLength)
        where T : class
    {
        var bounded = maxLength == int.MaxValue ? string.Empty : $" AND length({column}) <= {maxLength}";
        builder.ToTable(t => t.HasCheckConstraint($"ck_{Table(builder)}_{column}_not_blank", $"{column} <> '' AND {column} = trim({column}){bounded}"));
        var mapped = builder.Property(property).HasColumnName(column).IsRequired();
        return maxLength == int.MaxValue ? mapped : mapped.HasMaxLength(maxLength);
    }

    /// <summary>An optional text column: null, or not blank and not padded.</summary>
    public static PropertyBuilder<string?> OptionalTextColumn<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, string?>> property, string column, int maxLength)
        where T : class
    {
        builder.ToTable(t => t.HasCheckConstraint($"ck_{Table(builder)}_{column}_not_blank", $"{column} IS NULL OR ({column} <> '' AND {column} = trim({column}) AND length({column}) <= {maxLength})"));
        return builder.Property(property).HasColumnName(column).IsRequired(false).HasMaxLength(maxLength);
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

    /// <summary>A required partial date, stored as canonical text and checked for its format.</summary>
    public static PropertyBuilder<PartialDate> PartialDateColumn<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, PartialDate>> property, string column)
        where T : class
    {
        var sql = ModelBuildingProvider.Of(builder);
        builder.ToTable(t => t.HasCheckConstraint($"ck_{Table(builder)}_{column}_format", sql.PartialDateSql(column)));
        return builder.Property(property).HasColumnName(column).UseCollation(sql.Collation).IsRequired();
    }

    /// <summary>An optional partial date, stored as canonical text and checked for its format.</summary>
    public static PropertyBuilder<PartialDate?> OptionalPartialDateColumn<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, PartialDate?>> property, string column)
        where T : class
    {
        var sql = ModelBuildingProvider.Of(builder);
        builder.ToTable(t => t.HasCheckConstraint($"ck_{Table(builder)}_{column}_format", $"{column} IS NULL OR {sql.PartialDateSql(column)}"));
        return builder.Property(property).HasColumnName(column).UseCollation(sql.Collation).IsRequired(false);
    }

    /// <summary>
    /// The later partial date is not before the earlier one. Comparing the later date with the
    /// earlier one cut to the same precision lets "2012" end a period that began "2012-05".
    /// </summary>
    public static void NotBefore<T>(this EntityTypeBuilder<T> builder, string laterColumn, string earlierColumn)
        where T : class =>
        builder.ToTable(t => t.HasCheckConstraint(
            $"ck_{Table(builder)}_{laterColumn}_not_before_{earlierColumn}",
            $"{laterColumn} IS NULL OR {earlierColumn} IS NULL OR {laterColumn} >= substr({earlierColumn}, 1, length({laterColumn}))"));

    /// <summary>Two foreign keys of a link row point at different rows.</summary>
    public static void Distinct<T>(this EntityTypeBuilder<T> builder, string column, string otherColumn)
        where T : class =>
        builder.ToTable(t => t.HasCheckConstraint($"ck_{Table(builder)}_{column}_differs", $"{column} <> {otherColumn}"));
}
