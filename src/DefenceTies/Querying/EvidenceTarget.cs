namespace DefenceTies.Querying;

/// <summary>
/// What a citation backs: the fact itself, or one of its parts (<see cref="PartName"/> and
/// <see cref="PartId"/>). Compared by value, so citations can be grouped by what they back.
/// </summary>
/// <remarks>
/// A discriminated shape rather than a flag so that further targets (one value of a fact) can be
/// added as a new <see cref="EvidenceTargetKind"/> without changing it.
/// </remarks>
public sealed record EvidenceTarget
{
    private EvidenceTarget(EvidenceTargetKind kind, string? partName, int? partId)
    {
        Kind = kind;
        PartName = partName;
        PartId = partId;
    }

    /// <summary>The fact as a whole.</summary>
    public static EvidenceTarget Fact { get; } = new(EvidenceTargetKind.Fact, null, null);

    /// <summary>Whether the fact or one of its parts is backed.</summary>
    public EvidenceTargetKind Kind { get; }

    /// <summary>
    /// For a part, the fact's navigation that holds it (<c>Parties</c> of an agreement,
    /// <c>Participants</c> of an exercise, <c>Members</c> and <c>FocusAreas</c> of a working group,
    /// <c>Members</c> of a delegation, <c>Topics</c> of an engagement); otherwise <see langword="null"/>.
    /// </summary>
    public string? PartName { get; }

    /// <summary>For a part, its key (<see cref="Model.Entity.Id"/>); otherwise <see langword="null"/>.</summary>
    public int? PartId { get; }

    /// <summary>One part of the fact.</summary>
    /// <param name="partName">The fact's navigation that holds the part, such as <c>Parties</c>.</param>
    /// <param name="partId">The part's key.</param>
    public static EvidenceTarget Part(string partName, int partId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(partName);
        return new(EvidenceTargetKind.Part, partName, partId);
    }
}
