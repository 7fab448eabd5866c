using DefenceTies.Model;
using DefenceTies.Reference;

namespace DefenceTies.FactPacks;

/// <summary>
/// The store of a pack checked without a database: nothing is known but the reference nations,
/// built from the list embedded in the library exactly as the reference nations seed stores them (<see cref="ReferenceNations"/>).
/// </summary>
internal sealed class ReferencePackStore : PackStore
{
    private static readonly Lazy<SourceDocument> ReferenceDocument = new(ReferenceNations.CreateDocument);

    private readonly Dictionary<string, Nation> _nations = new(StringComparer.Ordinal);
    private readonly List<Entity> _facts = [];

    public override bool HoldsStoredFacts => false;

    public override Nation? Nation(string code, out string? problem)
    {
        var entry = (code.Length == 2 ? NationReference.FindAlpha2(code) : NationReference.FindAlpha3(code));
        if (entry is null)
        {
            problem = Unassigned(code);
            return null;
        }

        problem = null;
        if (!_nations.TryGetValue(entry.Alpha2Code, out var nation))
        {
            nation = ReferenceNations.NationOf(entry, ReferenceDocument.Value);
            _nations.Add(entry.Alpha2Code, nation);
        }

        return nation;
    }

    public override IEnumerable<T> All<T>() => _facts.OfType<T>();

    public override void Add(Entity fact) => _facts.Add(fact);

    // Every fact here is new: its citation holds its document.
    public override string DocumentKeyOf(Citation citation) => citation.SourceDocument.Key;

    public override void AddCitation(Citation citation)
    {
        // Nothing to store: a pack checked on its own is thrown away.
    }
}
