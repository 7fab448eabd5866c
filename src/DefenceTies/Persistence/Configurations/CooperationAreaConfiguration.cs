using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>Maps <see cref="CooperationArea"/> to <c>cooperation_areas</c>; names are unique.</summary>
internal sealed class CooperationAreaConfiguration : IEntityTypeConfiguration<CooperationArea>
{
    public void Configure(EntityTypeBuilder<CooperationArea> builder)
    {
        builder.ToTable("cooperation_areas");
        builder.HasKey(a => a.Id);
        builder.TextColumn(a => a.Name, "name", CooperationArea.NameMaxLength);
        builder.HasIndex(a => a.Name).IsUnique();
        builder.IsCitedFact();
    }
}
