using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>Maps <see cref="PolicyLink"/> to <c>policy_links</c>; a policy never links to itself.</summary>
internal sealed class PolicyLinkConfiguration : IEntityTypeConfiguration<PolicyLink>
{
    public void Configure(EntityTypeBuilder<PolicyLink> builder)
    {
        builder.ToTable("policy_links");
        builder.HasKey(l => l.Id);
        builder.EnumColumn(l => l.Kind, "kind");
        builder.OptionalTextColumn(l => l.Significance, "significance", PolicyLink.SignificanceMaxLength);
        builder.Property(l => l.FromPolicyId).HasColumnName("from_policy_id");
        builder.Property(l => l.ToPolicyId).HasColumnName("to_policy_id");
        builder.Distinct("to_policy_id", "from_policy_id");
        builder.HasOne(l => l.From).WithMany().HasForeignKey(l => l.FromPolicyId).IsRequired();
        builder.HasOne(l => l.To).WithMany().HasForeignKey(l => l.ToPolicyId).IsRequired();
        builder.HasIndex(l => new { l.FromPolicyId, l.Kind, l.ToPolicyId }).IsUnique();
        builder.HasIndex(l => new { l.ToPolicyId, l.Kind });
        builder.IsCitedFact();
    }
}
