using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>
/// Maps <see cref="OrganisationMembership"/> to <c>organisation_memberships</c>: a member is a
/// nation or a body, never both; one member holds one role once per start date.
/// </summary>
internal sealed class OrganisationMembershipConfiguration : IEntityTypeConfiguration<OrganisationMembership>
{
    public void Configure(EntityTypeBuilder<OrganisationMembership> builder)
    {
        builder.ToTable("organisation_memberships");
        builder.HasKey(m => m.Id);
        builder.EnumColumn(m => m.Role, "role", ParticipationRoles.OfMemberships);
        builder.OptionalPartialDateColumn(m => m.StartedOn, "started_on");
        builder.OptionalPartialDateColumn(m => m.EndedOn, "ended_on");
        builder.NotBefore("ended_on", "started_on");
        builder.Property(m => m.MemberNationId).HasColumnName("member_nation_id");
        builder.Property(m => m.MemberOrganisationId).HasColumnName("member_organisation_id");
        builder.ExactlyOneOf("one_member", "member_nation_id", "member_organisation_id");
        builder.Distinct("member_organisation_id", "organisation_id");
        builder.HasOne(m => m.MemberNation).WithMany().HasForeignKey(m => m.MemberNationId).IsRequired(false);
        builder.HasOne(m => m.MemberOrganisation).WithMany().HasForeignKey(m => m.MemberOrganisationId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);

        // One row per member, role and start; a membership without a start is one per member and role.
        builder.HasIndex(m => new { m.OrganisationId, m.MemberNationId, m.Role, m.StartedOn }).IsUnique().HasFilter("member_nation_id IS NOT NULL AND started_on IS NOT NULL")
            .HasDatabaseName("ix_organisation_memberships_nation_role_start");
        builder.HasIndex(m => new { m.OrganisationId, m.MemberNationId, m.Role }).IsUnique().HasFilter("member_nation_id IS NOT NULL AND started_on IS NULL")
            .HasDatabaseName("ix_organisation_memberships_nation_role");
        builder.HasIndex(m => new { m.OrganisationId, m.MemberOrganisationId, m.Role, m.StartedOn }).IsUnique().HasFilter("member_organisation_id IS NOT NULL AND started_on IS NOT NULL")
            .HasDatabaseName("ix_organisation_memberships_body_role_start");
        builder.HasIndex(m => new { m.OrganisationId, m.MemberOrganisationId, m.Role }).IsUnique().HasFilter("member_organisation_id IS NOT NULL AND started_on IS NULL")
            .HasDatabaseName("ix_organisation_memberships_body_role");

        // "The members of a body" (MembershipQueries.InBody) start from the body: the unique indexes
        // above lead with organisation_id but are partial, so no such query can use them.
        builder.HasIndex([nameof(OrganisationMembership.OrganisationId)], "ix_organisation_memberships_organisation_id")
            .HasDatabaseName("ix_organisation_memberships_organisation_id");

        // "The bodies a nation (or a company) belongs to" start from the member.
        builder.HasIndex(m => new { m.MemberNationId, m.OrganisationId }).HasDatabaseName("ix_organisation_memberships_member_nation");
        builder.HasIndex(m => new { m.MemberOrganisationId, m.OrganisationId }).HasDatabaseName("ix_organisation_memberships_member_body");
        builder.IsCitedFact();
    }
}
