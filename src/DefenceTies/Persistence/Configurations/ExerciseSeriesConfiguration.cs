using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>Maps <see cref="ExerciseSeries"/> to <c>exercise_series</c>; names are unique; the recurrence only where stated.</summary>
internal sealed class ExerciseSeriesConfiguration : IEntityTypeConfiguration<ExerciseSeries>
{
    public void Configure(EntityTypeBuilder<ExerciseSeries> builder)
    {
        builder.ToTable("exercise_series");
        builder.HasKey(x => x.Id);
        builder.TextColumn(x => x.Name, "name", ExerciseSeries.NameMaxLength);
        builder.OptionalEnumColumn(x => x.Recurrence, "recurrence");
        builder.HasMany(x => x.Editions).WithOne(e => e.Series).HasForeignKey(e => e.SeriesId).IsRequired();
        builder.Navigation(x => x.Editions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(x => x.Name).IsUnique();
        builder.IsCitedFact();
    }
}
