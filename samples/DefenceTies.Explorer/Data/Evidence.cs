using DefenceTies.Model;

namespace DefenceTies.Explorer.Data;

/// <summary>One citation, as a page shows it next to the fact it backs.</summary>
public sealed record Evidence
{
    public required int CitationId { get; init; }

    public required string Passage { get; init; }

    public required SupportKind Support { get; init; }

    /// <summary>Why an implied passage implies the fact.</summary>
    public required string? Note { get; init; }

    public required string DocumentKey { get; init; }

    public required string? DocumentTitle { get; init; }

    public required PartialDate DocumentPublishedOn { get; init; }

    /// <summary>Whose claim the passage relays ("India's defence ministry"), when it is attributed to a statement.</summary>
    public string? ClaimedBy { get; init; }

    /// <summary>The document's label: its title, or its key when the source states no title.</summary>
    public string DocumentLabel => DocumentTitle ?? DocumentKey;
}
