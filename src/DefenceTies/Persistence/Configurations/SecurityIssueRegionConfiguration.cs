using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>Maps <see cref="SecurityIssueRegion"/> to <c>security_issue_regions</c>.</summary>
internal sealed class SecurityIssueRegionConfiguration : IEntityTypeConfiguration<SecurityIssueRegion>
{
    public void Configure(EntityTypeBuilder<SecurityIssueRegion> builder)
    {
        builder.ToTable("security_issue_regions");
        builder.HasKey(r => r.Id);
        builder.HasOne(r => r.Region).WithMany().HasForeignKey(r => r.RegionId).IsRequired();
        builder.HasIndex(r => new { r.SecurityIssueId, r.RegionId }).IsUnique();
        builder.HasIndex(r => new { r.RegionId, r.SecurityIssueId });
        builder.IsCitedFact();
    }
}
