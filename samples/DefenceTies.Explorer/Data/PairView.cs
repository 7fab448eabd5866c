namespace DefenceTies.Explorer.Data;

/// <summary>Two nations and the timeline of their relationship.</summary>
public sealed record PairView(NationName First, NationName Second, IReadOnlyList<TimelineItem> Timeline);
