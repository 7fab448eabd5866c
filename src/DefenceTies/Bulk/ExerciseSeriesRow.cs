using DefenceTies.Model;

namespace DefenceTies.Bulk;

/// <summary>A military exercise series (see <see cref="ExerciseSeries"/>); its editions are <see cref="MilitaryExerciseRow"/>s.</summary>
public sealed class ExerciseSeriesRow : BulkRow
{
    /// <summary>The series' name, unique.</summary>
    public required string Name { get; init; }

    /// <summary>How often the series is held, when the source says ("held annually").</summary>
    public SeriesRecurrence? Recurrence { get; init; }

    /// <summary>The supporting citation.</summary>
    public required int CitationId { get; init; }
}
