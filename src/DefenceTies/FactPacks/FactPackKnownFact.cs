using DefenceTies.Model;

namespace DefenceTies.FactPacks;

/// <summary>
/// The known fact a pack's fact would corroborate (<see cref="FactPackFactPlan.Corroborates"/>):
/// a stored row, or a fact declared earlier in the same pack (or, in a plan of several packs, by an
/// earlier one).
/// </summary>
public sealed class FactPackKnownFact
{
    internal FactPackKnownFact(string fact, int? storedId, string? source, string? path, FactReference reference)
    {
        Reference = reference;
        Fact = fact;
        StoredId = storedId;
        Source = source;
        Path = path;
    }

    /// <summary>Its kind: the model's class name, such as <c>Agreement</c> or <c>Person</c> (as in <see cref="FactPackImportCount.Fact"/>).</summary>
    public string Fact { get; }

    /// <summary>The stored row's <c>Id</c>; <see langword="null"/> when the fact is not stored yet but declared by a pack of the plan.</summary>
    public int? StoredId { get; }

    /// <summary>
    /// The <see cref="FactPack.Source"/> of the pack that declares it, when it is not stored yet;
    /// <see langword="null"/> for a stored row.
    /// </summary>
    public string? Source { get; }

    /// <summary>Where that pack declares it, such as <c>$.facts[4]</c>, when it is not stored yet; <see langword="null"/> for a stored row.</summary>
    public string? Path { get; }

    /// <summary>
    /// The reference a later pack names it by, as <c>"corroborates": {"document": …, "fact": …}</c>:
    /// the key of the document that first cites it and its key there, or <c>kind/id</c> generated for
    /// a fact stored without one (see <see cref="FactReference"/>).
    /// </summary>
    public FactReference Reference { get; }

    /// <summary>Whether it is a stored row (<see cref="StoredId"/>) rather than a fact of a pack of the plan.</summary>
    public bool IsStored => StoredId is not null;

    /// <summary>
    /// The fact in words, with its reference: <c>stored Agreement 12 {"document": "a", "fact": "mou"}</c>,
    /// or <c>Agreement of $.facts[4] in reports/a.json {"document": "a", "fact": "mou"}</c>.
    /// </summary>
    public override string ToString() => (StoredId is { } id ? $"stored {Fact} {id}" : $"{Fact} of {Path} in {Source}") + $" {Reference}";
}
