using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>Maps <see cref="ExercisePlace"/> to <c>exercise_places</c>: one row per edition, place and role.</summary>
internal sealed class ExercisePlaceConfiguration : IEntityTypeConfiguration<ExercisePlace>
{
    public void Configure(EntityTypeBuilder<ExercisePlace> builder)
    {
        builder.ToTable("exercise_places");
        builder.HasKey(p => p.Id);
        builder.EnumColumn(p => p.Role, "role");
        builder.HasOne(p => p.Place).WithMany().HasForeignKey(p => p.PlaceId).IsRequired().OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.ExerciseId, p.PlaceId, p.Role }).IsUnique().HasDatabaseName("ix_exercise_places_exercise_place_role");

        // "What was held at a place" starts from the place.
        builder.HasIndex(p => p.PlaceId).HasDatabaseName("ix_exercise_places_place");
        builder.IsCitedFact();
    }
}
