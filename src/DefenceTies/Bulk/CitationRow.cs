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
}
