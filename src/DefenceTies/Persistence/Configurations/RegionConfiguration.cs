using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>Maps <see cref="Region"/> to <c>regions</c>; names are unique.</summary>
internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.ToTable("regions");
        builder.HasKey(r => r.Id);
        builder.TextColumn(r => r.Name, "name", Region.NameMaxLength);
        builder.EnumColumn(r => r.Kind, "kind");
        builder.HasIndex(r => r.Name).IsUnique();
        builder.IsCitedFact();
    }
}
