using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>Maps <see cref="Organisation"/> to <c>organisations</c>; names, when stated, are unique within a nation, and a nation has at most one unnamed body of each kind.</summary>
internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisations");
        builder.HasKey(o => o.Id);
        builder.OptionalTextColumn(o => o.Name, "name", Organisation.NameMaxLength);
        builder.EnumColumn(o => o.Kind, "kind");
        builder.Property(o => o.NationId).HasColumnName("nation_id");
        builder.Property(o => o.HostNationId).HasColumnName("host_nation_id");
        builder.Distinct("host_nation_id", "nation_id");
        builder.HasOne(o => o.Nation).WithMany().HasForeignKey(o => o.NationId).IsRequired();
        builder.HasOne(o => o.HostNation).WithMany().HasForeignKey(o => o.HostNationId).IsRequired(false);
        builder.HasIndex(o => new { o.NationId, o.Name }).IsUnique().HasFilter("name IS NOT NULL");
        // An unnamed body is known only as "the nation's army": one such row per nation and kind.
        builder.HasIndex(o => new { o.NationId, o.Kind }).IsUnique().HasFilter("name IS NULL");
        builder.HasNameKey(optional: true);
        builder.Navigation(x => x.OtherNames).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.IsCitedFact();
    }
}
