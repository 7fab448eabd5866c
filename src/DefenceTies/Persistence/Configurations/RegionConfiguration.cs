using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>
/// Maps <see cref="Region"/> to <c>regions</c>: a name unique among the places of a nation and among
/// those of no nation; an ISO 3166-2 code only with a nation and of its shape (which codes exist is
/// the reference list's to say: the model and StoredDataCheck check it); coordinates together and in
/// range, exact decimals; a positive GeoNames id.
/// </summary>
internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.ToTable("regions");
        builder.HasKey(r => r.Id);
        builder.TextColumn(r => r.Name, "name", Region.NameMaxLength);
        builder.EnumColumn(r => r.Kind, "kind");
        builder.Property(r => r.NationId).HasColumnName("nation_id");
        builder.HasOne(r => r.Nation).WithMany().HasForeignKey(r => r.NationId).IsRequired(false);
        builder.Property(r => r.SubdivisionCode).HasColumnName("subdivision_code").HasMaxLength(6);
        builder.Property(r => r.Latitude).HasColumnName("latitude").HasPrecision(9, 6);
        builder.Property(r => r.Longitude).HasColumnName("longitude").HasPrecision(9, 6);
        builder.Property(r => r.GeoNamesId).HasColumnName("geonames_id");
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_regions_subdivision_code_format",
                "subdivision_code IS NULL OR (nation_id IS NOT NULL AND length(subdivision_code) BETWEEN 4 AND 6 AND substr(subdivision_code, 3, 1) = '-')");
            t.HasCheckConstraint("ck_regions_coordinates", "(latitude IS NULL) = (longitude IS NULL)");
            // SQLite stores a decimal as text: compared as a number only once cast.
            t.HasCheckConstraint("ck_regions_coordinates_range",
                "latitude IS NULL OR (CAST(latitude AS REAL) BETWEEN -90 AND 90 AND CAST(longitude AS REAL) BETWEEN -180 AND 180)");
            t.HasCheckConstraint("ck_regions_geonames_id_positive", "geonames_id IS NULL OR geonames_id >= 1");
        });

        // A place's name is unique within its nation; a place of no nation (a sea) by its name alone.
        builder.HasIndex(r => new { r.NationId, r.Name }).IsUnique().HasFilter("nation_id IS NOT NULL").HasDatabaseName("ix_regions_nation_name");
        builder.HasIndex([nameof(Region.Name)], "ix_regions_name_without_nation").IsUnique().HasFilter("nation_id IS NULL").HasDatabaseName("ix_regions_name_without_nation");

        // A place by its name, with or without a nation (the pack import's look-up).
        builder.HasIndex([nameof(Region.Name)], "ix_regions_name").HasDatabaseName("ix_regions_name");
        builder.IsCitedFact();
    }
}
