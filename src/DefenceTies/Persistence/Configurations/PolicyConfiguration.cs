using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>Maps <see cref="Policy"/> to <c>policies</c>; names are unique within a nation.</summary>
internal sealed class PolicyConfiguration : IEntityTypeConfiguration<Policy>
{
    public void Configure(EntityTypeBuilder<Policy> builder)
    {
        builder.ToTable("policies");
        builder.HasKey(p => p.Id);
        builder.TextColumn(p => p.Name, "name", Policy.NameMaxLength);
        builder.OptionalTextColumn(p => p.Aim, "aim", Policy.AimMaxLength, TextLines.Multiple);
        builder.HasOne(p => p.Nation).WithMany().HasForeignKey(p => p.NationId).IsRequired();
        builder.HasIndex(p => new { p.NationId, p.Name }).IsUnique();
        builder.IsCitedFact();
    }
}
