using DefenceTies.Model;

namespace DefenceTies.Querying;

/// <summary>A delegation to an engagement and who led it, from <see cref="DelegationQueries.WithLeaders"/>.</summary>
public sealed record DelegationLeader
{
    /// <summary>The delegation's key.</summary>
    public required int DelegationId { get; init; }

    /// <summary>The engagement's key.</summary>
    public required int EngagementId { get; init; }

    /// <summary>What the engagement was about.</summary>
    public required string EngagementSubject { get; init; }

    /// <summary>When the engagement was held, to the precision stated.</summary>
    public required PartialDate HeldOn { get; init; }

    /// <summary>The delegation's nation, as an ISO 3166-1 alpha-2 code.</summary>
    public required string NationCode { get; init; }

    /// <summary>The delegation's nation, by name.</summary>
    public required string NationName { get; init; }

    /// <summary>The leader's name, or <see langword="null"/> when no leader is recorded.</summary>
    public required string? LeaderName { get; init; }

    /// <summary>The leader's rank, if stated.</summary>
    public required string? LeaderRank { get; init; }

    /// <summary>The title of the post in whose capacity the leader attended, if stated.</summary>
    public required string? PostTitle { get; init; }

    /// <summary>
    /// The key of the <see cref="Citation"/> recording who led the delegation (or, with no leader
    /// recorded, the delegation itself): the leader's <see cref="DelegationMember"/> citation, else the
    /// <see cref="Delegation"/>'s. Load it for the passage's position in the document.
    /// </summary>
    public required int CitationId { get; init; }

    /// <summary>The passage of that citation, verbatim.</summary>
    public required string CitationPassage { get; init; }

    /// <summary>The <see cref="SourceDocument.Key"/> of the document the passage is taken from.</summary>
    public required string SourceDocumentKey { get; init; }

    /// <summary>The document's title, or <see langword="null"/> when the document states none (as the built-in report does not).</summary>
    public required string? SourceDocumentTitle { get; init; }

    /// <summary>When the document was published, to the precision known.</summary>
    public required PartialDate SourceDocumentPublishedOn { get; init; }
}
