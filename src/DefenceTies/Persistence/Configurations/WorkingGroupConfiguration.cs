using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>Maps <see cref="WorkingGroup"/> to <c>working_groups</c>; names, when stated, are unique.</summary>
internal sealed class WorkingGroupConfiguration : IEntityTypeConfiguration<WorkingGroup>
{
    public void Configure(EntityTypeBuilder<WorkingGroup> builder)
    {
        builder.ToTable("working_groups");
        builder.HasKey(g => g.Id);
        builder.OptionalTextColumn(g => g.Name, "name", WorkingGroup.NameMaxLength);
        builder.TextColumn(g => g.Mandate, "mandate", WorkingGroup.MandateMaxLength, TextLines.Multiple);
        builder.EnumColumn(g => g.Status, "status");
        builder.OptionalTextColumn(g => g.Significance, "significance", WorkingGroup.SignificanceMaxLength);
        builder.Property(g => g.ParentOrganisationId).HasColumnName("parent_organisation_id");
        builder.HasOne(g => g.Parent).WithMany().HasForeignKey(g => g.ParentOrganisationId).IsRequired(false);
        builder.HasOne(g => g.EstablishedBy).WithMany().HasForeignKey(g => g.EstablishedByAgreementId).IsRequired(false);
        builder.HasMany(g => g.Members).WithOne(m => m.WorkingGroup).HasForeignKey(m => m.WorkingGroupId).IsRequired();
        builder.HasMany(g => g.FocusAreas).WithOne(f => f.WorkingGroup).HasForeignKey(f => f.WorkingGroupId).IsRequired();
        builder.Navigation(g => g.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(g => g.FocusAreas).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(g => g.Name).IsUnique().HasFilter("name IS NOT NULL");
        builder.IsVersioned();
        builder.IsCitedFact();
    }
}
