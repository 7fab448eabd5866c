using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>
/// Maps <see cref="MilitaryExercise"/> (an edition of a series) to <c>military_exercises</c>: one
/// edition per series and start date (undated editions are not compared: NULLs are distinct in a
/// unique index on both engines).
/// </summary>
internal sealed class MilitaryExerciseConfiguration : IEntityTypeConfiguration<MilitaryExercise>
{
    public void Configure(EntityTypeBuilder<MilitaryExercise> builder)
    {
        builder.ToTable("military_exercises");
        builder.HasKey(x => x.Id);
        builder.OptionalTextColumn(x => x.Name, "name", MilitaryExercise.NameMaxLength);
        builder.OptionalPartialDateColumn(x => x.StartedOn, "started_on");
        builder.OptionalPartialDateColumn(x => x.EndedOn, "ended_on");
        builder.NotBefore("ended_on", "started_on");
        builder.HasMany(x => x.Participants).WithOne(p => p.Exercise).HasForeignKey(p => p.ExerciseId).IsRequired();
        builder.Navigation(x => x.Participants).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(x => x.EditionNumber).HasColumnName("edition_number");
        builder.ToTable(t => t.HasCheckConstraint("ck_military_exercises_edition_number_positive", "edition_number IS NULL OR edition_number >= 1"));
        builder.HasMany(x => x.Places).WithOne(p => p.Exercise).HasForeignKey(p => p.ExerciseId).IsRequired();
        builder.Navigation(x => x.Places).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(x => new { x.SeriesId, x.StartedOn }).IsUnique();
        builder.IsCitedFact();
    }
}
