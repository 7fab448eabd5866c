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
        builder.HasOne(m => m.Nation).WithMany().HasForeignKey(m => m.NationId).IsRequired();
        builder.HasIndex(m => new { m.WorkingGroupId, m.NationId }).IsUnique();
        builder.IsCitedFact();
    }
}
