using DefenceTies.Model;

namespace DefenceTies.Bulk;

/// <summary>A military exercise (see <see cref="MilitaryExercise"/>); its participants are <see cref="ExerciseParticipantRow"/>s.</summary>
public sealed class MilitaryExerciseRow : BulkRow
{
    /// <summary>The exercise's name, unique.</summary>
    public required string Name { get; init; }

    /// <summary>When it started, if stated.</summary>
    public PartialDate? StartedOn { get; init; }

    /// <summary>When it ended, if stated; not before it started.</summary>
    public PartialDate? EndedOn { get; init; }

    /// <summary>The supporting citation.</summary>
    public required int CitationId { get; init; }
}
