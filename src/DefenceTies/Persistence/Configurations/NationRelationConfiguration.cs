using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>Maps <see cref="NationRelation"/> to <c>nation_relations</c>; a relation joins two distinct nations.</summary>
internal sealed class NationRelationConfiguration : IEntityTypeConfiguration<NationRelation>
{
    public void Configure(EntityTypeBuilder<NationRelation> builder)
    {
        builder.ToTable("nation_relations");
        builder.HasKey(r => r.Id);
        builder.EnumColumn(r => r.Kind, "kind");
        builder.OptionalPartialDateColumn(r => r.Date, "date");
        builder.OptionalTextColumn(r => r.Level, "level", NationRelation.LevelMaxLength);
        builder.ToTable(t => t.HasCheckConstraint("ck_nation_relations_level_of_partnership", $"(kind = '{nameof(NationRelationKind.Partnership)}') = (level IS NOT NULL)"));
        builder.HasOne(r => r.Policy).WithMany().HasForeignKey(r => r.PolicyId).IsRequired(false);
        builder.Property(r => r.SubjectNationId).HasColumnName("subject_nation_id");
        builder.Property(r => r.CounterpartNationId).HasColumnName("counterpart_nation_id");
        builder.Distinct("counterpart_nation_id", "subject_nation_id");
        builder.HasOne(r => r.Subject).WithMany().HasForeignKey(r => r.SubjectNationId).IsRequired();
        builder.HasOne(r => r.Counterpart).WithMany().HasForeignKey(r => r.CounterpartNationId).IsRequired();
        builder.HasOne(r => r.Region).WithMany().HasForeignKey(r => r.RegionId).IsRequired(false);
        builder.HasIndex(r => new { r.SubjectNationId, r.Kind, r.CounterpartNationId });
        builder.HasIndex(r => r.CounterpartNationId);
        builder.IsCitedFact();
    }
}
