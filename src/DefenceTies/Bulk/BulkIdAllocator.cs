namespace DefenceTies.Bulk;

/// <summary>
/// Hands out keys for bulk rows: for each table, the keys after the highest one stored (or ever
/// handed out by the database's own key generator) when the allocator was made. Get one from
/// <see cref="DefenceTiesBulkImporter.CreateIdAllocatorAsync"/>. The bulk path is for loading data
/// while nothing else writes the same tables: keys taken here are not reserved in the database
/// until the batch is imported, after which the database's key generators continue after them.
/// An allocator is not thread-safe.
/// </summary>
public sealed class BulkIdAllocator
{
    private readonly Dictionary<Type, int> _next;

    internal BulkIdAllocator(Dictionary<Type, int> nextByRowType)
    {
        _next = nextByRowType;
    }

    /// <summary>The key <see cref="Next{TRow}"/> would return, without taking it.</summary>
    /// <typeparam name="TRow">The row type, such as <see cref="NationRow"/>.</typeparam>
    public int Peek<TRow>()
        where TRow : BulkRow => _next[typeof(TRow)];

    /// <summary>Takes the next key of a table.</summary>
    /// <typeparam name="TRow">The row type, such as <see cref="NationRow"/>.</typeparam>
    /// <exception cref="OverflowException">The keys would pass <see cref="int.MaxValue"/>.</exception>
    public int Next<TRow>()
        where TRow : BulkRow
    {
        var next = _next[typeof(TRow)];
        _next[typeof(TRow)] = checked(next + 1);
        return next;
    }
}
