using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>Maps <see cref="WorkingGroupFocusArea"/> to <c>working_group_focus_areas</c>.</summary>
internal sealed class WorkingGroupFocusAreaConfiguration : IEntityTypeConfiguration<WorkingGroupFocusArea>
{
    public void Configure(EntityTypeBuilder<WorkingGroupFocusArea> builder)
    {
        builder.ToTable("working_group_focus_areas");
        builder.HasKey(f => f.Id);
        builder.HasOne(f => f.CooperationArea).WithMany().HasForeignKey(f => f.CooperationAreaId).IsRequired();
        builder.HasIndex(f => new { f.WorkingGroupId, f.CooperationAreaId }).IsUnique();
        builder.HasIndex(f => new { f.CooperationAreaId, f.WorkingGroupId });
        builder.IsCitedFact();
    }
}
