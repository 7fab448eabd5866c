using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>Maps <see cref="Delegation"/> to <c>delegations</c>: one per nation per engagement.</summary>
internal sealed class DelegationConfiguration : IEntityTypeConfiguration<Delegation>
{
    public void Configure(EntityTypeBuilder<Delegation> builder)
    {
        builder.ToTable("delegations");
        builder.HasKey(d => d.Id);
        builder.HasOne(d => d.Nation).WithMany().HasForeignKey(d => d.NationId).IsRequired();
        builder.HasMany(d => d.Members).WithOne(m => m.Delegation).HasForeignKey(m => m.DelegationId).IsRequired();
        builder.Navigation(d => d.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(d => new { d.EngagementId, d.NationId }).IsUnique();
        builder.IsCitedFact();
    }
}
