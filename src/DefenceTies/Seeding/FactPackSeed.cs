using DefenceTies.FactPacks;
using DefenceTies.Model;

namespace DefenceTies.Seeding;

/// <summary>
/// A seed that imports a fact pack: lets <c>UseDefenceTiesSeeding</c> and <see cref="DefenceTiesSeeder"/>
/// apply packs alongside the built-in seeds, once each, in the seeder's transaction.
/// </summary>
public sealed class FactPackSeed : IDefenceTiesSeed
{
    private readonly FactPack _pack;

    /// <summary>A seed for <paramref name="pack"/>, recorded in <c>applied_seeds</c> under <paramref name="key"/> (by default <c>pack/</c> and the document key).</summary>
    public FactPackSeed(FactPack pack, string? key = null)
    {
        ArgumentNullException.ThrowIfNull(pack);
        _pack = pack;
        Key = key ?? $"pack/{pack.DocumentKey}";
    }

    /// <inheritdoc />
    public string Key { get; }

    /// <inheritdoc />
    public string DocumentKey => _pack.DocumentKey;

    /// <inheritdoc />
    public SourceDocument CreateSourceDocument() => _pack.CreateDocument();

    /// <inheritdoc />
    /// <exception cref="FactPackException">The pack does not hold against the database.</exception>
    public void Plant(SeedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        FactPackImporting.Plant(context.Db, _pack, context.Document, DatabasePackStore.Load(context.Db, _pack));
    }
}
