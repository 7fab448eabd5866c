using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>Maps <see cref="WorkingGroupMember"/> to <c>working_group_members</c>.</summary>
internal sealed class WorkingGroupMemberConfiguration : IEntityTypeConfiguration<WorkingGroupMember>
{
    public void Configure(EntityTypeBuilder<WorkingGroupMember> builder)
    {
        builder.ToTable("working_group_members");
        builder.HasKey(m => m.Id);
        builder.EnumColumn(m => m.Role, "role", ParticipationRoles.OfWorkingGroupMembers).HasDefaultValue(ParticipationRole.Member).HasSentinel(ParticipationRole.Member);
        builder.OptionalPartialDateColumn(m => m.TermStartedOn, "term_started_on");
        builder.OptionalPartialDateColumn(m => m.TermEndedOn, "term_ended_on");
        builder.NotBefore("term_ended_on", "term_started_on", "term_ordered");
        builder.HasOne(m => m.Nation).WithMany().HasForeignKey(m => m.NationId).IsRequired();
        builder.HasIndex(m => new { m.WorkingGroupId, m.NationId }).IsUnique();
        builder.IsCitedFact();
    }
}
