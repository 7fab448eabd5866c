using DefenceTies.Model;

namespace DefenceTies.Bulk;

/// <summary>An edition of a military exercise series (see <see cref="MilitaryExercise"/>); its participants are <see cref="ExerciseParticipantRow"/>s.</summary>
public sealed class MilitaryExerciseRow : BulkRow
{
    /// <summary>The series it is an edition of (an <see cref="ExerciseSeriesRow"/> in the same batch, or already stored).</summary>
    public required int SeriesId { get; init; }

    /// <summary>The edition's own name, if the source gives one.</summary>
    public string? Name { get; init; }

    /// <summary>When it started, if stated; one edition per series and start date.</summary>
    public PartialDate? StartedOn { get; init; }

    /// <summary>When it ended, if stated; not before it started.</summary>
    public PartialDate? EndedOn { get; init; }

    /// <summary>Which edition of its series it is, when the source counts: 1 or more.</summary>
    public int? EditionNumber { get; init; }

    /// <summary>The supporting citation.</summary>
    public required int CitationId { get; init; }
}
