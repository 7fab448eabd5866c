using DefenceTies.Model;

namespace DefenceTies.Querying;

/// <summary>One thing a source document did for one fact, from <see cref="DocumentContributionQueries"/>: added it, corroborated it or contested one of its values, with the citation that did it.</summary>
public sealed record DocumentContribution
{
    /// <summary>The kind of fact, as <see cref="FactReference.KindOf"/> names it (<c>engagement</c>, <c>exercise</c>, <c>workingGroup</c>…).</summary>
    public required string FactKind { get; init; }

    /// <summary>The fact's key in its table.</summary>
    public required int FactId { get; init; }

    /// <summary>Added, corroborated or contested.</summary>
    public required DocumentContributionKind Kind { get; init; }

    /// <summary>
    /// For a value cited on its own (<see cref="ValueCitation"/>), the property, such as
    /// <c>HeldOn</c>; <see langword="null"/> when the citation is of the whole fact.
    /// </summary>
    public string? Property { get; init; }

    /// <summary>For <see cref="DocumentContributionKind.Contested"/>, the value the document claims, as a pack writes it; <see langword="null"/> otherwise.</summary>
    public string? ClaimedValue { get; init; }

    /// <summary>The key of the document's citation that did it.</summary>
    public required int CitationId { get; init; }

    /// <summary>The citation's passage, verbatim.</summary>
    public required string Passage { get; init; }

    /// <summary>How the passage supports it.</summary>
    public required SupportKind Support { get; init; }

    /// <summary>The key of the document that added the fact (this document's, for <see cref="DocumentContributionKind.Added"/>).</summary>
    public required string AddedBy { get; init; }

    /// <summary>The fact's name in the document that added it (<see cref="Citation.FactKey"/> of its primary citation), or <see langword="null"/> for a fact stored without one.</summary>
    public string? FactKey { get; init; }
}
