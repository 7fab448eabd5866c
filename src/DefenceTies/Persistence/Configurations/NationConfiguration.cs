using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>Maps <see cref="Nation"/> to <c>nations</c>, with its ISO 3166-1 codes unique and well-formed.</summary>
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
        builder.IsCitedFact();
    }
}
