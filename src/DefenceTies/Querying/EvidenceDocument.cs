using DefenceTies.Model;

namespace DefenceTies.Querying;

/// <summary>The document a cited passage comes from, as <see cref="CitationEvidence"/> names it (its text is not read).</summary>
public sealed record EvidenceDocument
{
    /// <summary>The document's key (<see cref="Entity.Id"/>), to read its text when needed.</summary>
    public required int Id { get; init; }

    /// <summary>Its stable identifier (<see cref="SourceDocument.Key"/>).</summary>
    public required string Key { get; init; }

    /// <summary>Its title, or <see langword="null"/> when the document states none.</summary>
    public required string? Title { get; init; }

    /// <summary>When it was published, to the precision known.</summary>
    public required PartialDate PublishedOn { get; init; }

    /// <summary>A news report or a reference data set.</summary>
    public required SourceOrigin Origin { get; init; }
}
