using DefenceTies.Model;

namespace DefenceTies.Bulk;

/// <summary>A source document to import; the importer computes its SHA-256 as the <see cref="SourceDocument"/> constructor does.</summary>
public sealed class SourceDocumentRow : BulkRow
{
    /// <summary>A stable identifier, unique among documents.</summary>
    public required string Key { get; init; }

    /// <summary>The title if the document states one; never invented.</summary>
    public string? Title { get; init; }

    /// <summary>A news report (the default) or a reference data set.</summary>
    public SourceOrigin Origin { get; init; } = SourceOrigin.NewsReport;

    /// <summary>The publication date, to the precision known.</summary>
    public required PartialDate PublishedOn { get; init; }

    /// <summary>The full text, exactly as received.</summary>
    public required string Text { get; init; }
}
