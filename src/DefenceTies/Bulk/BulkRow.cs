namespace DefenceTies.Bulk;

/// <summary>
/// One row of a <see cref="BulkImportBatch"/>: the values of one entity, with a key the caller
/// chose (take it from a <see cref="BulkIdAllocator"/>) and references to other rows by their
/// keys. Each property holds the entity property of the same name. Rows are plain values: the
/// importer checks the entity's rules before anything is written.
/// </summary>
public abstract class BulkRow
{
    // Only this assembly's row types: the importer knows how each of them is stored.
    private protected BulkRow()
    {
    }

    /// <summary>The key to store: positive, and not used by another row of the same table.</summary>
    public required int Id { get; init; }
}
