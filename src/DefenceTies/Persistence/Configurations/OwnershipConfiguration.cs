using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>
/// Maps <see cref="Ownership"/> to <c>ownerships</c>: the owner is a nation or a body, never both
/// (<c>ck_ownerships_one_owner</c>) and never the owned body itself; the share is whole basis points
/// from 0 to 10 000 (<c>ck_ownerships_share_bp_range</c>), exact on every provider; one row per owned
/// body and owner. The owned body's kind and the 100 % total per source span tables: the model and
/// the import check them, and StoredDataCheck checks stored rows.
/// </summary>
internal sealed class OwnershipConfiguration : IEntityTypeConfiguration<Ownership>
{
    public void Configure(EntityTypeBuilder<Ownership> builder)
    {
        builder.ToTable("ownerships");
        builder.HasKey(o => o.Id);
        builder.HasOne(o => o.Owned).WithMany().HasForeignKey(o => o.OwnedId).IsRequired().OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.OwnerNationId).HasColumnName("owner_nation_id");
        builder.Property(o => o.OwnerOrganisationId).HasColumnName("owner_organisation_id");
        builder.ExactlyOneOf("one_owner", "owner_nation_id", "owner_organisation_id");
        builder.Distinct("owner_organisation_id", "owned_id");
        builder.HasOne(o => o.OwnerNation).WithMany().HasForeignKey(o => o.OwnerNationId).IsRequired(false);
        builder.HasOne(o => o.OwnerOrganisation).WithMany().HasForeignKey(o => o.OwnerOrganisationId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.Share).HasColumnName("share_basis_points").IsRequired(false);
        builder.ToTable(t => t.HasCheckConstraint("ck_ownerships_share_bp_range", $"share_basis_points IS NULL OR share_basis_points BETWEEN 0 AND {Share.WholeBasisPoints}"));
        builder.OptionalPartialDateColumn(o => o.StartedOn, "started_on");

        // One row per owned body and owner.
        builder.HasIndex(o => new { o.OwnedId, o.OwnerNationId }).IsUnique().HasFilter("owner_nation_id IS NOT NULL").HasDatabaseName("ix_ownerships_owned_nation");
        builder.HasIndex(o => new { o.OwnedId, o.OwnerOrganisationId }).IsUnique().HasFilter("owner_organisation_id IS NOT NULL").HasDatabaseName("ix_ownerships_owned_body");

        // "What a nation (or a body) owns" starts from the owner.
        builder.HasIndex(o => new { o.OwnerNationId, o.OwnedId }).HasDatabaseName("ix_ownerships_owner_nation");
        builder.HasIndex(o => new { o.OwnerOrganisationId, o.OwnedId }).HasDatabaseName("ix_ownerships_owner_body");
        builder.IsCitedFact();
    }
}
