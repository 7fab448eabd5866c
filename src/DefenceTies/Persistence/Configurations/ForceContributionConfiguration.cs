using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>Maps <see cref="ForceContribution"/> to <c>force_contributions</c>: a quantity of at least one when stated; one row per participant, kind and unit.</summary>
internal sealed class ForceContributionConfiguration : IEntityTypeConfiguration<ForceContribution>
{
    public void Configure(EntityTypeBuilder<ForceContribution> builder)
    {
        builder.ToTable("force_contributions");
        builder.HasKey(c => c.Id);
        builder.EnumColumn(c => c.Kind, "kind");
        builder.Property(c => c.Quantity).HasColumnName("quantity");
        builder.ToTable(t => t.HasCheckConstraint("ck_force_contributions_quantity_positive", "quantity IS NULL OR quantity >= 1"));
        builder.TextColumn(c => c.Unit, "unit", ForceContribution.UnitMaxLength);
        builder.HasIndex(c => new { c.ParticipantId, c.Kind, c.Unit }).IsUnique().HasDatabaseName("ix_force_contributions_participant_kind_unit");
        builder.IsCitedFact();
    }
}
