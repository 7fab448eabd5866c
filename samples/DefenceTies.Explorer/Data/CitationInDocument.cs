using DefenceTies.Querying;

namespace DefenceTies.Explorer.Data;

/// <summary>A citation with the text of its document split around the passage, so the page can mark it.</summary>
public sealed record CitationInDocument
{
    public required CitationEvidence Evidence { get; init; }

    /// <summary>True for the fact's own citation, false for one that corroborates it.</summary>
    public required bool IsPrimary { get; init; }

    public required string Before { get; init; }

    public required string Passage { get; init; }

    public required string After { get; init; }

    /// <summary>False when the document no longer holds the passage at the stored position; the page then says so.</summary>
    public required bool FoundAtPosition { get; init; }
}
