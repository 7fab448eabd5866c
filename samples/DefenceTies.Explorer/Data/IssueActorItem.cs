using DefenceTies.Model;
using DefenceTies.Querying;

namespace DefenceTies.Explorer.Data;

/// <summary>A nation's or body's part in a security issue (behind it, affected, addressing it), with the passage saying so.</summary>
public sealed record IssueActorItem
{
    /// <summary>The issue, linking to its fact page.</summary>
    public required ActorName Issue { get; init; }

    /// <summary>The actor: a nation or a body.</summary>
    public required ActorName Actor { get; init; }

    public required SecurityIssueRole Role { get; init; }

    /// <summary>When the source places the actor's part, if it says.</summary>
    public required PartialDate? Date { get; init; }

    public required CitationEvidence Evidence { get; init; }
}
