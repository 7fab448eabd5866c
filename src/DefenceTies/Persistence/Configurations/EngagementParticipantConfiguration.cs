using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>
/// Maps <see cref="EngagementParticipant"/> to <c>engagement_participants</c>: a participant is a
/// nation or a body, never both, and holds each role once per engagement.
/// </summary>
internal sealed class EngagementParticipantConfiguration : IEntityTypeConfiguration<EngagementParticipant>
{
    public void Configure(EntityTypeBuilder<EngagementParticipant> builder)
    {
        builder.ToTable("engagement_participants");
        builder.HasKey(p => p.Id);
        builder.EnumColumn(p => p.Role, "role", ParticipationRoles.OfEngagementParticipants);
        builder.Property(p => p.NationId).HasColumnName("nation_id");
        builder.Property(p => p.OrganisationId).HasColumnName("organisation_id");
        builder.ExactlyOneOf("one_participant", "nation_id", "organisation_id");
        builder.HasOne(p => p.Nation).WithMany().HasForeignKey(p => p.NationId).IsRequired(false);
        builder.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).IsRequired(false);
        builder.HasIndex(p => new { p.EngagementId, p.NationId, p.Role }).IsUnique().HasFilter("nation_id IS NOT NULL");
        builder.HasIndex(p => new { p.EngagementId, p.OrganisationId, p.Role }).IsUnique().HasFilter("organisation_id IS NOT NULL");
        builder.HasIndex(p => new { p.OrganisationId, p.EngagementId });
        builder.HasIndex(p => new { p.NationId, p.EngagementId });
        builder.IsCitedFact();
    }
}
