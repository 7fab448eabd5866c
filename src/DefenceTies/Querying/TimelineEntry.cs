using DefenceTies.Model;

namespace DefenceTies.Querying;

/// <summary>One event in the relationship of two nations, from <see cref="TimelineQueries.RelationshipTimeline"/>.</summary>
public sealed record TimelineEntry
{
    /// <summary>When it happened, to the precision stated; <see langword="null"/> when the source gives no date.</summary>
    public required PartialDate? Date { get; init; }

    /// <summary>What kind of event it is, and so which table <see cref="EntityId"/> is a key of.</summary>
    public required TimelineEntryKind Kind { get; init; }

    /// <summary>The key of the engagement, agreement or exercise.</summary>
    public required int EntityId { get; init; }

    /// <summary>The engagement's subject, the agreement's title (its subject when the source gives no title) or the exercise's name.</summary>
    public required string Title { get; init; }

    /// <summary>The passage of the source that records the event.</summary>
    public required string CitationPassage { get; init; }
}
