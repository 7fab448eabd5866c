using DefenceTies.Model;

namespace DefenceTies.FactPacks;

/// <summary>
/// What a pack's facts are planted into: the facts already known (stored ones in a database, or
/// none when a pack is checked on its own) and the ones the pack adds. Lookups run in memory over
/// what the store holds, so the merge rules are written once for both.
/// </summary>
internal abstract class PackStore
{
    /// <summary>
    /// Whether the store holds the stored facts a pack may restate; when it does not (a pack checked on
    /// its own), a fact that says it corroborates a stored one cannot be checked until import.
    /// </summary>
    public abstract bool HoldsStoredFacts { get; }

    /// <summary>The nation with this ISO 3166-1 alpha-2 or alpha-3 code, or <see langword="null"/> with the reason in <paramref name="problem"/>.</summary>
    public abstract Nation? Nation(string code, out string? problem);

    /// <summary>Every known fact of type <typeparamref name="T"/>: stored (as far as loaded for this pack) and added.</summary>
    public abstract IEnumerable<T> All<T>()
        where T : Entity;

    /// <summary>Adds a new fact (with what it holds).</summary>
    public abstract void Add(Entity fact);

    /// <summary>Adds a citation no new fact reaches: one that corroborates an existing fact.</summary>
    public abstract void AddCitation(Citation citation);

    /// <summary>
    /// The key of <paramref name="citation"/>'s document, for a known fact's <see cref="FactReference"/>:
    /// read from the document when it is loaded or new, else from the keys loaded with the facts.
    /// </summary>
    public abstract string DocumentKeyOf(Citation citation);

    /// <summary>The problem for a code that is not an assigned ISO 3166-1 entry.</summary>
    protected static string Unassigned(string code) =>
        $"'{code}' is not an assigned ISO 3166-1 code; expected the alpha-2 or alpha-3 code of one of the entries of the reference list (for example IN or IND).";
}
