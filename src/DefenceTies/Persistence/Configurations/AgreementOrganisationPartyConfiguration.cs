using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>Maps <see cref="AgreementOrganisationParty"/> to <c>agreement_organisation_parties</c>: each body once per agreement.</summary>
internal sealed class AgreementOrganisationPartyConfiguration : IEntityTypeConfiguration<AgreementOrganisationParty>
{
    public void Configure(EntityTypeBuilder<AgreementOrganisationParty> builder)
    {
        builder.ToTable("agreement_organisation_parties");
        builder.HasKey(p => p.Id);
        builder.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).IsRequired();
        builder.HasIndex(p => new { p.AgreementId, p.OrganisationId }).IsUnique();
        builder.HasIndex(p => new { p.OrganisationId, p.AgreementId });
        builder.IsCitedFact();
    }
}
