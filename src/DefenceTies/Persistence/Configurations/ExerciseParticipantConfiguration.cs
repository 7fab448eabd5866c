using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>Maps <see cref="ExerciseParticipant"/> to <c>exercise_participants</c>.</summary>
internal sealed class ExerciseParticipantConfiguration : IEntityTypeConfiguration<ExerciseParticipant>
{
    public void Configure(EntityTypeBuilder<ExerciseParticipant> builder)
    {
        builder.ToTable("exercise_participants");
        builder.HasKey(p => p.Id);
        builder.EnumColumn(p => p.Role, "role", ParticipationRoles.OfExerciseParticipants).HasDefaultValue(ParticipationRole.Participant).HasSentinel(ParticipationRole.Participant);
        builder.HasOne(p => p.Nation).WithMany().HasForeignKey(p => p.NationId).IsRequired();
        builder.HasOne(p => p.Service).WithMany().HasForeignKey(p => p.ServiceOrganisationId).IsRequired(false);
        builder.HasIndex(p => new { p.ExerciseId, p.NationId }).IsUnique();
        builder.HasIndex(p => new { p.NationId, p.ExerciseId });
        builder.HasMany(p => p.Contributions).WithOne(c => c.Participant).HasForeignKey(c => c.ParticipantId).IsRequired();
        builder.Navigation(p => p.Contributions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.IsCitedFact();
    }
}
