using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>Maps <see cref="InitiativeParticipant"/> to <c>initiative_participants</c>: each nation once per initiative.</summary>
internal sealed class InitiativeParticipantConfiguration : IEntityTypeConfiguration<InitiativeParticipant>
{
    public void Configure(EntityTypeBuilder<InitiativeParticipant> builder)
    {
        builder.ToTable("initiative_participants");
        builder.HasKey(p => p.Id);
        builder.HasOne(p => p.Nation).WithMany().HasForeignKey(p => p.NationId).IsRequired();
        builder.HasIndex(p => new { p.InitiativeId, p.NationId }).IsUnique();
        builder.HasIndex(p => p.NationId);
        builder.IsCitedFact();
    }
}
