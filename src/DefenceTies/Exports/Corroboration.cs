using DefenceTies.Model;

namespace DefenceTies.Exports;

/// <summary>A citation of another document that corroborates a fact's primary citation.</summary>
internal sealed class Corroboration
{
    public required int CitationId { get; init; }

    public required string Passage { get; init; }

    public required int StartIndex { get; init; }

    public required int Length { get; init; }

    public required SupportKind Support { get; init; }

    public required string? Note { get; init; }

    public required string DocumentKey { get; init; }

    public required PartialDate DocumentPublishedOn { get; init; }
}
