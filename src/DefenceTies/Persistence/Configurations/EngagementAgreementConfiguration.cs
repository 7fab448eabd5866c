using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>Maps <see cref="EngagementAgreement"/> to <c>engagement_agreements</c>: each agreement once per engagement.</summary>
internal sealed class EngagementAgreementConfiguration : IEntityTypeConfiguration<EngagementAgreement>
{
    public void Configure(EntityTypeBuilder<EngagementAgreement> builder)
    {
        builder.ToTable("engagement_agreements");
        builder.HasKey(a => a.Id);
        builder.EnumColumn(a => a.Handling, "handling");
        builder.HasOne(a => a.Engagement).WithMany(e => e.Agreements).HasForeignKey(a => a.EngagementId).IsRequired();
        builder.HasOne(a => a.Agreement).WithMany().HasForeignKey(a => a.AgreementId).IsRequired();
        builder.HasIndex(a => new { a.EngagementId, a.AgreementId }).IsUnique();
        builder.HasIndex(a => a.AgreementId);
        builder.IsCitedFact();
    }
}
