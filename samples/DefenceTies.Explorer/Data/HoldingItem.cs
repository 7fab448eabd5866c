using DefenceTies.Model;
using DefenceTies.Querying;

namespace DefenceTies.Explorer.Data;

/// <summary>A person holding a post, with the dates the source gives and the passage saying so.</summary>
public sealed record HoldingItem
{
    /// <summary>The post holding's id, for its fact page.</summary>
    public required int Id { get; init; }

    /// <summary>The post's id, to group holders under their post.</summary>
    public required int PostId { get; init; }

    public required string Person { get; init; }

    /// <summary>The person's other names ("Ms. Dewi").</summary>
    public required IReadOnlyList<string> PersonOtherNames { get; init; }

    public required string Post { get; init; }

    /// <summary>The post's other titles ("Menteri Pertahanan").</summary>
    public required IReadOnlyList<string> PostOtherNames { get; init; }

    /// <summary>The body the post sits in, when the source names it.</summary>
    public required ActorName? Body { get; init; }

    public required PartialDate? StartedOn { get; init; }

    public required PartialDate? EndedOn { get; init; }

    public required CitationEvidence Evidence { get; init; }
}
