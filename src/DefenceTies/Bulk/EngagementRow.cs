using DefenceTies.Model;

namespace DefenceTies.Bulk;

/// <summary>A meeting or talks between nations (see <see cref="Engagement"/>).</summary>
public sealed class EngagementRow : BulkRow
{
    /// <summary>The kind of engagement.</summary>
    public required EngagementKind Kind { get; init; }

    /// <summary>What it was about.</summary>
    public required string Subject { get; init; }

    /// <summary>When it was held, to the precision stated.</summary>
    public required PartialDate HeldOn { get; init; }

    /// <summary>Whether it took place: <see cref="EngagementStatus.Held"/> unless the source says it is planned, postponed or cancelled.</summary>
    public EngagementStatus Status { get; init; } = EngagementStatus.Held;

    /// <summary>How it was attended, when the source says.</summary>
    public EngagementMode? Mode { get; init; }

    /// <summary>The supporting citation.</summary>
    public required int CitationId { get; init; }
}
