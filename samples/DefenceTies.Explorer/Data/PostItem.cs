using DefenceTies.Querying;

namespace DefenceTies.Explorer.Data;

/// <summary>A post of a body and who holds or held it.</summary>
public sealed record PostItem
{
    public required string Title { get; init; }

    /// <summary>The post's other titles, as the sources give them.</summary>
    public required IReadOnlyList<string> OtherNames { get; init; }

    public required IReadOnlyList<HoldingItem> Holders { get; init; }

    public required CitationEvidence Evidence { get; init; }
}
