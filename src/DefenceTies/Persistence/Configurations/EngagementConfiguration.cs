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
        builder.Navigation(e => e.Agreements).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(e => e.HeldOn);
        builder.EnumColumn(e => e.Status, "status").HasDefaultValue(EngagementStatus.Held).HasSentinel(EngagementStatus.Held);
        builder.OptionalEnumColumn(e => e.Mode, "mode");
        builder.Property(e => e.ParentId).HasColumnName("parent_id");
        builder.HasOne(e => e.Parent).WithMany().HasForeignKey(e => e.ParentId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("ck_engagements_parent_differs", "parent_id IS NULL OR parent_id <> id"));
        builder.HasIndex(e => e.ParentId).HasDatabaseName("ix_engagements_parent");
        builder.Property(e => e.PlaceId).HasColumnName("place_id");
        builder.HasOne(e => e.Place).WithMany().HasForeignKey(e => e.PlaceId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        builder.IsCitedFact();
    }
}
