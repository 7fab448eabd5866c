using DefenceTies.Model;

namespace DefenceTies.Bulk;

/// <summary>An agreement between nations (see <see cref="Agreement"/>); its parties are <see cref="AgreementPartyRow"/>s.</summary>
public sealed class AgreementRow : BulkRow
{
    /// <summary>The title the source gives it, or <see langword="null"/> when it gives none.</summary>
    public string? Title { get; init; }

    /// <summary>What the source says the agreement did or means, in its words, if it says.</summary>
    public string? Significance { get; init; }

    /// <summary>The form of the agreement.</summary>
    public required AgreementKind Kind { get; init; }

    /// <summary>Where it stands.</summary>
    public required AgreementStatus Status { get; init; }

    /// <summary>What it is about.</summary>
    public required string Subject { get; init; }

    /// <summary>When it was signed or agreed, if stated.</summary>
    public PartialDate? ConcludedOn { get; init; }

    /// <summary>When it entered into force, if stated; not before it was concluded.</summary>
    public PartialDate? EnteredIntoForceOn { get; init; }

    /// <summary>When it ended, if stated; not before it was concluded or entered into force.</summary>
    public PartialDate? EndedOn { get; init; }

    /// <summary>The engagement at which it was reached, if any.</summary>
    public int? EngagementId { get; init; }

    /// <summary>The supporting citation.</summary>
    public required int CitationId { get; init; }
}
