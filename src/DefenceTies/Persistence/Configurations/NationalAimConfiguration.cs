using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>Maps <see cref="NationalAim"/> to <c>national_aims</c>.</summary>
internal sealed class NationalAimConfiguration : IEntityTypeConfiguration<NationalAim>
{
    public void Configure(EntityTypeBuilder<NationalAim> builder)
    {
        builder.ToTable("national_aims");
        builder.HasKey(a => a.Id);
        builder.TextColumn(a => a.Description, "description", NationalAim.DescriptionMaxLength, TextLines.Multiple);
        builder.HasOne(a => a.Nation).WithMany().HasForeignKey(a => a.NationId).IsRequired();
        builder.HasIndex(a => a.NationId);
        builder.IsCitedFact();
    }
}
