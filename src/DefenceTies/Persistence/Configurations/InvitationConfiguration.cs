using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>
/// Maps <see cref="Invitation"/> to <c>invitations</c>: one inviter and one invitee, each a nation
/// or a person (<c>ck_invitations_one_inviter</c>, <c>_one_invitee</c>), never the same one, and
/// one event, an engagement or an exercise edition (<c>ck_invitations_one_event</c>); the response
/// and the date extended only where stated.
/// </summary>
internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.ToTable("invitations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.InviterNationId).HasColumnName("inviter_nation_id");
        builder.Property(i => i.InviterPersonId).HasColumnName("inviter_person_id");
        builder.Property(i => i.InviteeNationId).HasColumnName("invitee_nation_id");
        builder.Property(i => i.InviteePersonId).HasColumnName("invitee_person_id");
        builder.Property(i => i.EngagementId).HasColumnName("engagement_id");
        builder.Property(i => i.ExerciseId).HasColumnName("exercise_id");
        builder.HasOne(i => i.InviterNation).WithMany().HasForeignKey(i => i.InviterNationId).IsRequired(false);
        builder.HasOne(i => i.InviterPerson).WithMany().HasForeignKey(i => i.InviterPersonId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.InviteeNation).WithMany().HasForeignKey(i => i.InviteeNationId).IsRequired(false);
        builder.HasOne(i => i.InviteePerson).WithMany().HasForeignKey(i => i.InviteePersonId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.Engagement).WithMany().HasForeignKey(i => i.EngagementId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.Exercise).WithMany().HasForeignKey(i => i.ExerciseId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        builder.ExactlyOneOf("one_inviter", "inviter_nation_id", "inviter_person_id");
        builder.ExactlyOneOf("one_invitee", "invitee_nation_id", "invitee_person_id");
        builder.ExactlyOneOf("one_event", "engagement_id", "exercise_id");
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_invitations_nations_differ", "inviter_nation_id IS NULL OR invitee_nation_id IS NULL OR inviter_nation_id <> invitee_nation_id");
            t.HasCheckConstraint("ck_invitations_persons_differ", "inviter_person_id IS NULL OR invitee_person_id IS NULL OR inviter_person_id <> invitee_person_id");
        });
        builder.OptionalEnumColumn(i => i.Response, "response");
        builder.OptionalPartialDateColumn(i => i.ExtendedOn, "extended_on");

        // "The invitations a nation extended" and "those it received" start from either side; an event's from the event.
        builder.HasIndex(i => new { i.InviterNationId, i.InviteeNationId }).HasDatabaseName("ix_invitations_inviter_nation");
        builder.HasIndex(i => new { i.InviteeNationId, i.InviterNationId }).HasDatabaseName("ix_invitations_invitee_nation");
        builder.HasIndex(i => i.InviterPersonId).HasDatabaseName("ix_invitations_inviter_person");
        builder.HasIndex(i => i.InviteePersonId).HasDatabaseName("ix_invitations_invitee_person");
        builder.HasIndex(i => i.EngagementId).HasDatabaseName("ix_invitations_engagement");
        builder.HasIndex(i => i.ExerciseId).HasDatabaseName("ix_invitations_exercise");
        builder.IsCitedFact();
    }
}
