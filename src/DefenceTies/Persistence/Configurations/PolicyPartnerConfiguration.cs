using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>Maps <see cref="PolicyPartner"/> to <c>policy_partners</c>.</summary>
internal sealed class PolicyPartnerConfiguration : IEntityTypeConfiguration<PolicyPartner>
{
    public void Configure(EntityTypeBuilder<PolicyPartner> builder)
    {
        builder.ToTable("policy_partners");
        builder.HasKey(p => p.Id);
        builder.HasOne(p => p.Policy).WithMany().HasForeignKey(p => p.PolicyId).IsRequired();
        builder.HasOne(p => p.Partner).WithMany().HasForeignKey(p => p.PartnerNationId).IsRequired();
        builder.HasIndex(p => new { p.PolicyId, p.PartnerNationId }).IsUnique();
        builder.IsCitedFact();
    }
}
