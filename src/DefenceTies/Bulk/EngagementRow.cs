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

    /// <summary>The supporting citation.</summary>
    public required int CitationId { get; init; }
}
