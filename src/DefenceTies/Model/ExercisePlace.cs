namespace DefenceTies.Model;

/// <summary>
/// A place where an edition of an exercise took place: its area or a base it was held at or staged
/// from ("in the Sulu Sea and from Zamboanga"). One row per edition, place and role; made with
/// <see cref="MilitaryExercise.AddPlace"/>.
/// </summary>
public class ExercisePlace : CitedEntity
{
    /// <summary>For EF Core.</summary>
    protected ExercisePlace()
    {
    }

    internal ExercisePlace(MilitaryExercise exercise, Region place, ExercisePlaceRole role, Citation citation)
        : base(citation, nameof(ExercisePlace))
    {
        Exercise = exercise;
        Place = place;
        Role = Guard.Defined(role, nameof(ExercisePlace), nameof(Role));
    }

    /// <summary>The key of <see cref="Exercise"/>.</summary>
    public int ExerciseId { get; private set; }

    /// <summary>The edition.</summary>
    public MilitaryExercise Exercise { get; private set; } = null!;

    /// <summary>The key of <see cref="Place"/>.</summary>
    public int PlaceId { get; private set; }

    /// <summary>The place.</summary>
    public Region Place { get; private set; } = null!;

    /// <summary>What the place is to the exercise.</summary>
    public ExercisePlaceRole Role { get; private set; }
}
