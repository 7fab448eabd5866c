using System.Linq.Expressions;
using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>
/// Maps <see cref="Nation"/> to <c>nations</c>: its ISO 3166-1 codes unique and well-formed, and its
/// Correlates of War and Gleditsch–Ward codes optional, well-formed, paired and unique.
/// </summary>
internal sealed class NationConfiguration : IEntityTypeConfiguration<Nation>
{
    public void Configure(EntityTypeBuilder<Nation> builder)
    {
        var sql = ModelBuildingProvider.Of(builder);
        builder.ToTable("nations", t =>
        {
            t.HasCheckConstraint("ck_nations_alpha2_code", sql.CharacterRangeSql("alpha2_code", "A-Z", 2));
            t.HasCheckConstraint("ck_nations_alpha3_code", sql.CharacterRangeSql("alpha3_code", "A-Z", 3));
            t.HasCheckConstraint("ck_nations_numeric_code", sql.CharacterRangeSql("numeric_code", "0-9", 3));
        });
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Alpha2Code).HasColumnName("alpha2_code").HasMaxLength(2).IsRequired();
        builder.Property(n => n.Alpha3Code).HasColumnName("alpha3_code").HasMaxLength(3).IsRequired();
        builder.Property(n => n.NumericCode).HasColumnName("numeric_code").HasMaxLength(3).IsRequired();
        builder.TextColumn(n => n.Name, "name", Nation.NameMaxLength);
        builder.HasIndex(n => n.Alpha2Code).IsUnique();
        builder.HasIndex(n => n.Alpha3Code).IsUnique();
        builder.HasIndex(n => n.NumericCode).IsUnique();
        builder.HasIndex(n => n.Name).IsUnique();
        StateCode(builder, sql, "correlates_of_war", n => n.CorrelatesOfWarCode, n => n.CorrelatesOfWarAbbreviation);
        StateCode(builder, sql, "gleditsch_ward", n => n.GleditschWardCode, n => n.GleditschWardAbbreviation);
        builder.IsCitedFact();
    }

    /// <summary>
    /// One scheme's state number and abbreviation: both null or both set, the number 1-999, the
    /// abbreviation three letters A-Z. Each is unique: in the reference list no number or
    /// abbreviation of either scheme is shared by two ISO entries, and a state is one nation.
    /// </summary>
    private static void StateCode(
        EntityTypeBuilder<Nation> builder, DefenceTiesProvider sql, string scheme, Expression<Func<Nation, int?>> code, Expression<Func<Nation, string?>> abbreviation)
    {
        var (codeColumn, abbreviationColumn) = ($"{scheme}_code", $"{scheme}_abbreviation");
        builder.ToTable(t =>
        {
            t.HasCheckConstraint($"ck_nations_{codeColumn}", $"{codeColumn} IS NULL OR {codeColumn} BETWEEN 1 AND {Nation.StateNumberMax}");
            t.HasCheckConstraint($"ck_nations_{abbreviationColumn}", $"{abbreviationColumn} IS NULL OR {sql.CharacterRangeSql(abbreviationColumn, "A-Z", Nation.StateAbbreviationLength)}");
            t.HasCheckConstraint(
                $"ck_nations_{codeColumn}_paired",
                $"({codeColumn} IS NULL AND {abbreviationColumn} IS NULL) OR ({codeColumn} IS NOT NULL AND {abbreviationColumn} IS NOT NULL)");
        });
        var number = builder.Property(code).HasColumnName(codeColumn).IsRequired(false);
        var letters = builder.Property(abbreviation).HasColumnName(abbreviationColumn).HasMaxLength(Nation.StateAbbreviationLength).IsRequired(false);
        builder.HasIndex(number.Metadata.Name).IsUnique();
        builder.HasIndex(letters.Metadata.Name).IsUnique();
    }
}
