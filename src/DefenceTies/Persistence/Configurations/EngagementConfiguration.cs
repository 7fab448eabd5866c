using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>Maps <see cref="Engagement"/> to <c>engagements</c>.</summary>
internal sealed class EngagementConfiguration : IEntityTypeConfiguration<Engagement>
{
    public void Configure(EntityTypeBuilder<Engagement> builder)
    {
        builder.ToTable("engagements");
        builder.HasKey(e => e.Id);
        builder.EnumColumn(e => e.Kind, "kind");
        builder.TextColumn(e => e.Subject, "subject", Engagement.SubjectMaxLength);
        builder.PartialDateColumn(e => e.HeldOn, "held_on");
        builder.HasMany(e => e.Delegations).WithOne(d => d.Engagement).HasForeignKey(d => d.EngagementId).IsRequired();
        builder.HasMany(e => e.Topics).WithOne(t => t.Engagement).HasForeignKey(t => t.EngagementId).IsRequired();
        builder.HasMany(e => e.Participants).WithOne(p => p.Engagement).HasForeignKey(p => p.EngagementId).IsRequired();
        builder.Navigation(e => e.Participants).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(e => e.Delegations).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(e => e.Topics).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(e => e.HeldOn);
        builder.Property(e => e.PlaceId).HasColumnName("place_id");
        builder.HasOne(e => e.Place).WithMany().HasForeignKey(e => e.PlaceId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        builder.IsCitedFact();
    }
}
