namespace DefenceTies.Model;

/// <summary>A nation, and the service it fielded, taking part in a military exercise.</summary>
public class ExerciseParticipant : CitedEntity
{
    /// <summary>For EF Core.</summary>
    protected ExerciseParticipant()
    {
    }

    internal ExerciseParticipant(MilitaryExercise exercise, Nation nation, Organisation? service, Citation citation)
        : base(citation, nameof(ExerciseParticipant))
    {
        Exercise = exercise;
        Nation = nation;
        Service = service;
    }

    /// <summary>The key of <see cref="Exercise"/>.</summary>
    public int ExerciseId { get; private set; }

    /// <summary>The exercise.</summary>
    public MilitaryExercise Exercise { get; private set; } = null!;

    /// <summary>The key of <see cref="Nation"/>.</summary>
    public int NationId { get; private set; }

    /// <summary>The participating nation.</summary>
    public Nation Nation { get; private set; } = null!;

    /// <summary>The key of <see cref="Service"/>.</summary>
    public int? ServiceOrganisationId { get; private set; }

    /// <summary>The armed service that took part, when the source names it.</summary>
    public Organisation? Service { get; private set; }
}
