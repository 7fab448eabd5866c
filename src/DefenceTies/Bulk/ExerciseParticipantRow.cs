using DefenceTies.Model;

namespace DefenceTies.Bulk;

/// <summary>A nation, and the service it fielded, taking part in an exercise; each nation once per exercise.</summary>
public sealed class ExerciseParticipantRow : BulkRow
{
    /// <summary>The exercise.</summary>
    public required int ExerciseId { get; init; }

    /// <summary>The participating nation.</summary>
    public required int NationId { get; init; }

    /// <summary>The service it fielded, if stated; an organisation of that nation, already stored.</summary>
    public int? ServiceOrganisationId { get; init; }

    /// <summary>The nation's role: Participant (the default), Host, Observer, FirstTimeParticipant or Contributor.</summary>
    public ParticipationRole Role { get; init; } = ParticipationRole.Participant;

    /// <summary>The supporting citation.</summary>
    public required int CitationId { get; init; }
}
