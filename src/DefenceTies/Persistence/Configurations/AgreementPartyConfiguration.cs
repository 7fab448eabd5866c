using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>Maps <see cref="AgreementParty"/> to <c>agreement_parties</c>: each nation once per agreement.</summary>
internal sealed class AgreementPartyConfiguration : IEntityTypeConfiguration<AgreementParty>
{
    public void Configure(EntityTypeBuilder<AgreementParty> builder)
    {
        builder.ToTable("agreement_parties");
        builder.HasKey(p => p.Id);
        builder.HasOne(p => p.Nation).WithMany().HasForeignKey(p => p.NationId).IsRequired();
        builder.HasIndex(p => new { p.AgreementId, p.NationId }).IsUnique();
        builder.HasIndex(p => new { p.NationId, p.AgreementId });
        builder.IsCitedFact();
    }
}
