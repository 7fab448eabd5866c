using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>
/// Maps <see cref="DelegationMember"/> to <c>delegation_members</c>. A partial unique index allows
/// at most one leader per delegation, so the leader is always one of the members.
/// </summary>
internal sealed class DelegationMemberConfiguration : IEntityTypeConfiguration<DelegationMember>
{
    public void Configure(EntityTypeBuilder<DelegationMember> builder)
    {
        builder.ToTable("delegation_members");
        builder.HasKey(m => m.Id);
        builder.EnumColumn(m => m.Role, "role");
        builder.HasOne(m => m.Person).WithMany().HasForeignKey(m => m.PersonId).IsRequired();
        builder.HasOne(m => m.Capacity).WithMany().HasForeignKey(m => m.CapacityPostId).IsRequired(false);
        builder.HasIndex(m => new { m.DelegationId, m.PersonId }).IsUnique();
        builder.HasIndex(m => m.DelegationId)
            .HasDatabaseName("ux_delegation_members_one_leader")
            .HasFilter("role = \x27Leader\x27")
            .IsUnique();
        builder.IsCitedFact();
    }
}
