namespace DefenceTies.FactPacks.Planting;

/// <summary>What planting a pack did: the counts an import reports, and what became of each fact.</summary>
/// <param name="Counts">Per kind of fact, rows added and known rows cited again.</param>
/// <param name="Facts">Per fact of the pack, in its order: added, corroborating a known fact, or refused.</param>
/// <param name="Added">The entities the pack's facts added, with the fact that added each: what a later pack of the same plan may corroborate.</param>
internal sealed record PackPlanting(
    IReadOnlyList<FactPackImportCount> Counts,
    IReadOnlyList<FactPackFactPlan> Facts,
    IReadOnlyDictionary<object, FactPackKnownFact> Added);
