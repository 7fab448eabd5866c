using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>
/// Maps <see cref="AgreementSignatory"/> to <c>agreement_signatories</c>: each body once per
/// agreement, with its role and, when stated, the nation it signs for. That the nation is a party
/// spans two tables: the model checks it (<see cref="Agreement.AddSignatory"/>) and StoredDataCheck
/// checks stored rows.
/// </summary>
internal sealed class AgreementSignatoryConfiguration : IEntityTypeConfiguration<AgreementSignatory>
{
    public void Configure(EntityTypeBuilder<AgreementSignatory> builder)
    {
        builder.ToTable("agreement_signatories");
        builder.HasKey(s => s.Id);
        builder.EnumColumn(s => s.Role, "role");
        builder.HasOne(s => s.Organisation).WithMany().HasForeignKey(s => s.OrganisationId).IsRequired().OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.OnBehalfOfId).HasColumnName("on_behalf_of_id");
        builder.HasOne(s => s.OnBehalfOf).WithMany().HasForeignKey(s => s.OnBehalfOfId).IsRequired(false);
        builder.HasIndex(s => new { s.AgreementId, s.OrganisationId }).IsUnique().HasDatabaseName("ix_agreement_signatories_agreement_body");

        // "The agreements a body signed" start from the body.
        builder.HasIndex(s => new { s.OrganisationId, s.AgreementId }).HasDatabaseName("ix_agreement_signatories_body");
        builder.HasIndex(s => s.OnBehalfOfId).HasDatabaseName("ix_agreement_signatories_on_behalf_of");
        builder.IsCitedFact();
    }
}
