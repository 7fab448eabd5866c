using DefenceTies.Model;
using DefenceTies.Querying;

namespace DefenceTies.Explorer.Data;

/// <summary>One entry of a pair's timeline: an engagement, agreement, exercise or working group, with its evidence.</summary>
public sealed record TimelineItem
{
    /// <summary>The date to the precision stored (<c>2012</c> stays a year), or null when the source gives none.</summary>
    public required PartialDate? Date { get; init; }

    /// <summary>One of <see cref="FactKind"/>.</summary>
    public required string Kind { get; init; }

    public required int Id { get; init; }

    public required string Title { get; init; }

    public required CitationEvidence Evidence { get; init; }

    /// <summary>Who led each delegation, for an engagement; each with its own evidence.</summary>
    public IReadOnlyList<LeaderItem> Leaders { get; init; } = [];

    /// <summary>The bodies the entry names (a forum met as itself, a body party or signatory, a service that took part, the forum a working group works under), each a link to its organisation page.</summary>
    public IReadOnlyList<ActorName> Bodies { get; init; } = [];

    /// <summary>Where entries of one date go: engagements, then agreements, exercises and working groups.</summary>
    public int KindOrder => Array.IndexOf([FactKind.Engagement, FactKind.Agreement, FactKind.Exercise, FactKind.Deal, FactKind.WorkingGroup], Kind);
}
