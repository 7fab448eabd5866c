using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>Maps <see cref="Initiative"/> to <c>initiatives</c>, with its steering group, policy and aim where stated.</summary>
internal sealed class InitiativeConfiguration : IEntityTypeConfiguration<Initiative>
{
    public void Configure(EntityTypeBuilder<Initiative> builder)
    {
        builder.ToTable("initiatives");
        builder.HasKey(i => i.Id);
        builder.TextColumn(i => i.Name, "name", Initiative.NameMaxLength);
        builder.Property(i => i.SteeringGroupId).HasColumnName("steering_group_id");
        builder.HasOne(i => i.SteeringGroup).WithMany().HasForeignKey(i => i.SteeringGroupId).IsRequired(false);
        builder.HasOne(i => i.Policy).WithMany().HasForeignKey(i => i.PolicyId).IsRequired(false);
        builder.HasOne(i => i.Aim).WithMany().HasForeignKey(i => i.AimId).IsRequired(false);
        builder.HasMany(i => i.Participants).WithOne(p => p.Initiative).HasForeignKey(p => p.InitiativeId).IsRequired();
        builder.Navigation(i => i.Participants).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(i => i.Name);
        builder.HasIndex(i => i.SteeringGroupId);
        builder.IsCitedFact();
    }
}
