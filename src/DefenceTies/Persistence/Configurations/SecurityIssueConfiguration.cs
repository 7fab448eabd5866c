using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>Maps <see cref="SecurityIssue"/> to <c>security_issues</c>; names are unique.</summary>
internal sealed class SecurityIssueConfiguration : IEntityTypeConfiguration<SecurityIssue>
{
    public void Configure(EntityTypeBuilder<SecurityIssue> builder)
    {
        builder.ToTable("security_issues");
        builder.HasKey(i => i.Id);
        builder.TextColumn(i => i.Name, "name", SecurityIssue.NameMaxLength);
        builder.HasMany(i => i.Regions).WithOne(r => r.SecurityIssue).HasForeignKey(r => r.SecurityIssueId).IsRequired();
        builder.Navigation(i => i.Regions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(i => i.Actors).WithOne(a => a.SecurityIssue).HasForeignKey(a => a.SecurityIssueId).IsRequired();
        builder.Navigation(i => i.Actors).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(i => i.Name).IsUnique();
        builder.IsCitedFact();
    }
}
