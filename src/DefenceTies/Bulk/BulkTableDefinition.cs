using DefenceTies.Model;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DefenceTies.Bulk;

/// <summary>
/// What the bulk path knows of one table beyond the EF model: which row type fills which entity's
/// table, where the batch keeps those rows, the columns computed from other values, and the
/// model's rules to check on each row. Names, columns, store types and write order are not here:
/// they come from the model (<see cref="BulkSchema"/>).
/// </summary>
internal abstract class BulkTableDefinition
{
    public abstract Type RowType { get; }

    public abstract Type EntityType { get; }

    /// <summary>Values of entity properties that no row property holds, computed from the row, as the model <paramref name="entity"/> maps them.</summary>
    public abstract IReadOnlyDictionary<string, Func<BulkRow, object?>> DerivedFor(IEntityType entity);

    /// <summary>Row properties that may match no column: the derived columns read them.</summary>
    public abstract IReadOnlySet<string> NotStored { get; }

    public abstract int Count(BulkImportBatch batch);

    public abstract BulkRow RowAt(BulkImportBatch batch, int index);

    public abstract void Clear(BulkImportBatch batch);

    /// <summary>Applies the entity's rules to one row.</summary>
    /// <exception cref="DomainRuleException">The row breaks a rule.</exception>
    public abstract void Check(BulkRow row);

    /// <summary>Finds a row whose key of a rule of uniqueness within the batch repeats an earlier row's.</summary>
    /// <returns>The position of the row and the rule it breaks, or <see langword="null"/>.</returns>
    public abstract (int Index, DomainRuleException Error)? FindRepeat(BulkImportBatch batch);
}

/// <inheritdoc />
internal sealed class BulkTableDefinition<TRow, TEntity>(Func<BulkImportBatch, IList<TRow>> rows) : BulkTableDefinition
    where TRow : BulkRow
    where TEntity : class
{
    private readonly Dictionary<string, Func<BulkRow, object?>> _derived = [];
    private readonly List<Func<IEntityType, IEnumerable<(string Property, Func<TRow, object?> Value)>>> _derivedFromModel = [];
    private readonly HashSet<string> _notStored = new(StringComparer.Ordinal);
    private readonly List<Action<TRow>> _rules = [];
    private readonly List<(Func<TRow, object?> Key, Func<TRow, DomainRuleException> Error)> _unique = [];

    public override Type RowType => typeof(TRow);

    public override Type EntityType => typeof(TEntity);

    public override IReadOnlyDictionary<string, Func<BulkRow, object?>> DerivedFor(IEntityType entity)
    {
        var derived = new Dictionary<string, Func<BulkRow, object?>>(_derived);
        foreach (var (property, value) in _derivedFromModel.SelectMany(d => d(entity)))
        {
            derived.Add(property, row => value((TRow)row));
        }

        return derived;
    }

    public override IReadOnlySet<string> NotStored => _notStored;

    public override int Count(BulkImportBatch batch) => rows(batch).Count;

    public override BulkRow RowAt(BulkImportBatch batch, int index) => rows(batch)[index];

    public override void Clear(BulkImportBatch batch) => rows(batch).Clear();

    public override void Check(BulkRow row)
    {
        foreach (var rule in _rules)
        {
            rule((TRow)row);
        }
    }

    public override (int Index, DomainRuleException Error)? FindRepeat(BulkImportBatch batch)
    {
        var list = rows(batch);
        foreach (var (key, error) in _unique)
        {
            var seen = new HashSet<object>();
            for (var i = 0; i < list.Count; i++)
            {
                if (key(list[i]) is { } k && !seen.Add(k))
                {
                    return (i, error(list[i]));
                }
            }
        }

        return null;
    }

    /// <summary>A column of <typeparamref name="TEntity"/> the row does not hold, computed from it.</summary>
    public BulkTableDefinition<TRow, TEntity> Derive(string property, Func<TRow, object?> value)
    {
        _derived.Add(property, row => value((TRow)row));
        return this;
    }

    /// <summary>
    /// Columns of <typeparamref name="TEntity"/> the row does not hold, found in the model (such as
    /// the foreign key columns of an exclusive arc), each computed from the row.
    /// </summary>
    public BulkTableDefinition<TRow, TEntity> DeriveFromModel(Func<IEntityType, IEnumerable<(string Property, Func<TRow, object?> Value)>> columns)
    {
        _derivedFromModel.Add(columns);
        return this;
    }

    /// <summary>Row properties that may match no column, because derived columns read them instead.</summary>
    public BulkTableDefinition<TRow, TEntity> NotStoredAsSuch(params string[] rowProperties)
    {
        _notStored.UnionWith(rowProperties);
        return this;
    }

    /// <summary>A rule of the model, applied to each row on its own.</summary>
    public BulkTableDefinition<TRow, TEntity> Rule(Action<TRow> rule)
    {
        _rules.Add(rule);
        return this;
    }

    /// <summary>A rule that no two rows of the batch share a key (rows whose key is null are exempt).</summary>
    public BulkTableDefinition<TRow, TEntity> Unique(Func<TRow, object?> key, Func<TRow, DomainRuleException> error)
    {
        _unique.Add((key, error));
        return this;
    }
}
