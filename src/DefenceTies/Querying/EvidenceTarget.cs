namespace DefenceTies.Querying;

/// <summary>
/// What a citation backs: the fact itself, one of its parts (<see cref="PartName"/> and
/// <see cref="PartId"/>) or one of its values cited on its own (<see cref="Property"/>). Compared by
/// value, so citations can be grouped by what they back.
/// </summary>
/// <remarks>
/// A discriminated shape rather than a flag so that further targets can be added as a new
/// <see cref="EvidenceTargetKind"/> without changing it (<see cref="EvidenceTargetKind.Value"/> was).
/// </remarks>
public sealed record EvidenceTarget
{
    private EvidenceTarget(EvidenceTargetKind kind, string? partName, int? partId, string? property)
    {
        Kind = kind;
        PartName = partName;
        PartId = partId;
        Property = property;
    }

    /// <summary>The fact as a whole.</summary>
    public static EvidenceTarget Fact { get; } = new(EvidenceTargetKind.Fact, null, null, null);

    /// <summary>Whether the fact, one of its parts or one of its values is backed.</summary>
    public EvidenceTargetKind Kind { get; }

    /// <summary>
    /// For a part, the fact's navigation that holds it (<c>Parties</c> of an agreement,
    /// <c>Participants</c> of an exercise, <c>Members</c> and <c>FocusAreas</c> of a working group,
    /// <c>Members</c> of a delegation, <c>Topics</c> of an engagement); otherwise <see langword="null"/>.
    /// </summary>
    public string? PartName { get; }

    /// <summary>For a part, its key (<see cref="Model.Entity.Id"/>); otherwise <see langword="null"/>.</summary>
    public int? PartId { get; }

    /// <summary>
    /// For a value, the model's name of the fact's property the citation backs
    /// (<see cref="Model.ValueCitation.Property"/>, such as <c>ConcludedOn</c> or <c>Nation</c>);
    /// otherwise <see langword="null"/>.
    /// </summary>
    public string? Property { get; }

    /// <summary>One part of the fact.</summary>
    /// <param name="partName">The fact's navigation that holds the part, such as <c>Parties</c>.</param>
    /// <param name="partId">The part's key.</param>
    public static EvidenceTarget Part(string partName, int partId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(partName);
        return new(EvidenceTargetKind.Part, partName, partId, null);
    }

    /// <summary>One value of the fact, cited on its own (see <see cref="Model.CitedEntity.CiteValue"/>).</summary>
    /// <param name="property">The model's name of the value, such as <c>nameof(Agreement.ConcludedOn)</c>.</param>
    public static EvidenceTarget Value(string property)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(property);
        return new(EvidenceTargetKind.Value, null, null, property);
    }
}
