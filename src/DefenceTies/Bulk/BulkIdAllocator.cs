namespace DefenceTies.Bulk;

/// <summary>
/// Hands out ids for bulk rows: for each table, the ids after the highest one stored (or ever
/// handed out by the database's own key generator) when the allocator was made. Get one from
/// <see cref="IDefenceTiesBulkImporter.CreateIdAllocatorAsync"/>. The bulk path is for loading
/// data while nothing else writes the same tables: ids taken here are not reserved in the
/// database until the batch is imported, after which the database's key generators continue
/// after them.
/// </summary>
public sealed class BulkIdAllocator
{
    private readonly int[] _next;

    /// <summary>Creates an allocator that starts each table at the given next id.</summary>
    /// <param name="nextIds">The first free id of each table; tables not listed start at 1.</param>
    public BulkIdAllocator(IReadOnlyDictionary<BulkTable, int>? nextIds = null)
    {
        _next = new int[Enum.GetValues<BulkTable>().Length];
        Array.Fill(_next, 1);
        foreach (var (table, next) in nextIds ?? new Dictionary<BulkTable, int>())
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(next, 1, nameof(nextIds));
            _next[(int)table] = next;
        }
    }

    /// <summary>The id <see cref="Next"/> would return, without taking it.</summary>
    public int Peek(BulkTable table) => _next[Index(table)];

    /// <summary>Takes the next id of a table.</summary>
    public int Next(BulkTable table) => Reserve(table, 1);

    /// <summary>Takes <paramref name="count"/> consecutive ids of a table and returns the first.</summary>
    /// <exception cref="OverflowException">The ids would pass <see cref="int.MaxValue"/>.</exception>
    public int Reserve(BulkTable table, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var index = Index(table);
        var first = _next[index];
        _next[index] = checked(first + count);
        return first;
    }

    private static int Index(BulkTable table) =>
        Enum.IsDefined(table) ? (int)table : throw new ArgumentOutOfRangeException(nameof(table), table, "not a bulk table.");
}
