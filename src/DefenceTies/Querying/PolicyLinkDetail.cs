using DefenceTies.Model;

namespace DefenceTies.Querying;

/// <summary>
/// A <see cref="PolicyLink"/> as an application shows it: its kind, both policies with their nations,
/// and the evidence (the link's own citation and its document), from <see cref="PolicyLinkQueries.Complementing"/>.
/// Read it as "<see cref="FromPolicyName"/> <see cref="Kind"/> <see cref="ToPolicyName"/>": Thailand's
/// Act West complements India's Act East.
/// </summary>
public sealed record PolicyLinkDetail
{
    /// <summary>The link's key.</summary>
    public required int LinkId { get; init; }

    /// <summary>How the first policy relates to the second.</summary>
    public required PolicyLinkKind Kind { get; init; }

    /// <summary>The key of the policy the link starts from (<see cref="PolicyLink.From"/>).</summary>
    public required int FromPolicyId { get; init; }

    /// <summary>The name of the policy the link starts from, such as <c>"Act West"</c>.</summary>
    public required string FromPolicyName { get; init; }

    /// <summary>That policy's nation, as an ISO 3166-1 alpha-2 code.</summary>
    public required string FromNationCode { get; init; }

    /// <summary>That policy's nation, by name.</summary>
    public required string FromNationName { get; init; }

    /// <summary>The key of the policy the link points to (<see cref="PolicyLink.To"/>).</summary>
    public required int ToPolicyId { get; init; }

    /// <summary>The name of the policy the link points to, such as <c>"Act East"</c>.</summary>
    public required string ToPolicyName { get; init; }

    /// <summary>That policy's nation, as an ISO 3166-1 alpha-2 code.</summary>
    public required string ToNationCode { get; init; }

    /// <summary>That policy's nation, by name.</summary>
    public required string ToNationName { get; init; }

    /// <summary>The key of the link's own <see cref="Citation"/> (not the policies' citations). Load it for the passage's position in the document.</summary>
    public required int CitationId { get; init; }

    /// <summary>The passage that states the link, verbatim.</summary>
    public required string CitationPassage { get; init; }

    /// <summary>The <see cref="SourceDocument.Key"/> of the document the passage is taken from.</summary>
    public required string SourceDocumentKey { get; init; }

    /// <summary>The document's title, or <see langword="null"/> when the document states none (as the built-in report does not).</summary>
    public required string? SourceDocumentTitle { get; init; }

    /// <summary>When the document was published, to the precision known.</summary>
    public required PartialDate SourceDocumentPublishedOn { get; init; }
}
