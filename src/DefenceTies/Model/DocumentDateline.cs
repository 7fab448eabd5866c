namespace DefenceTies.Model;

/// <summary>
/// The place a document's dateline names (a dateline "DHAKA" is the city of Bangladesh), set with
/// <see cref="SourceDocument.Describe"/>. A row of its own rather than a column of the document: the
/// place is a fact whose citation refers to the document, so the document and the place are saved
/// together only when neither row refers to the other.
/// </summary>
public class DocumentDateline
{
    /// <summary>For EF Core.</summary>
    protected DocumentDateline()
    {
    }

    internal DocumentDateline(SourceDocument document, Region place)
    {
        Document = document;
        Place = place;
    }

    /// <summary>The key of <see cref="Document"/>, and of this row.</summary>
    public int DocumentId { get; private set; }

    /// <summary>The document whose dateline it is.</summary>
    public SourceDocument Document { get; private set; } = null!;

    /// <summary>The key of <see cref="Place"/>.</summary>
    public int PlaceId { get; private set; }

    /// <summary>The place the dateline names.</summary>
    public Region Place { get; private set; } = null!;
}
