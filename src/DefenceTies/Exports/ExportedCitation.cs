using DefenceTies.Model;

namespace DefenceTies.Exports;

/// <summary>
/// A citation as an export reads it: the verbatim passage and where it sits, how it supports the
/// fact, the note of an implied reading, and its document.
/// </summary>
internal abstract class ExportedCitation
{
    public required int CitationId { get; init; }

    public required string Passage { get; init; }

    public required int StartIndex { get; init; }

    public required int Length { get; init; }

    public required SupportKind Support { get; init; }

    public required string? Note { get; init; }

    public required int DocumentId { get; init; }

    /// <summary>Set from the scope's documents as the row is read (see <see cref="ExportScope.Resolve"/>).</summary>
    public string DocumentKey { get; set; } = string.Empty;

    /// <summary>Set with <see cref="DocumentKey"/>.</summary>
    public PartialDate DocumentPublishedOn { get; set; }

    /// <summary>"Stated", "Implied: why" or "Reference": the support with its note, for formats with one text slot.</summary>
    public string SupportText => Note is null ? Support.ToString() : $"{Support}: {Note}";
}
