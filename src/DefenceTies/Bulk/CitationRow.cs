using DefenceTies.Model;

namespace DefenceTies.Bulk;

/// <summary>A verbatim passage of a document. The importer checks that <see cref="Passage"/> occurs in the document's text at <see cref="StartIndex"/>, as <see cref="SourceDocument.Cite"/> guarantees for a citation it makes.</summary>
public sealed class CitationRow : BulkRow
{
    /// <summary>The document, in the same batch or already stored.</summary>
    public required int SourceDocumentId { get; init; }

    /// <summary>The passage, verbatim.</summary>
    public required string Passage { get; init; }

    /// <summary>Zero-based index of the passage in the document text, in UTF-16 code units.</summary>
    public required int StartIndex { get; init; }

    /// <summary>How the passage supports the fact (<see cref="SupportKind.Stated"/> unless set); reference support belongs to reference data sets only, which <see cref="Verification.SourceFidelityCheck"/> checks.</summary>
    public SupportKind Support { get; init; } = SupportKind.Stated;

    /// <summary>Why the passage implies the fact; required for <see cref="SupportKind.Implied"/>.</summary>
    public string? Note { get; init; }

    /// <summary>The primary citation of the fact this citation corroborates, if it is a further source.</summary>
    public int? CorroboratesId { get; init; }
}
