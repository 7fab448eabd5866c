namespace DefenceTies.FactPacks;

/// <summary>What importing a pack would do with one of its facts (one entry of <see cref="FactPackImportPlan.Facts"/>).</summary>
public sealed class FactPackFactPlan
{
    internal FactPackFactPlan(string path, string type, string? id, FactPackFactOutcome outcome, FactPackKnownFact? corroborates, IReadOnlyList<FactPackProblem> problems)
    {
        Path = path;
        Type = type;
        Id = id;
        Outcome = outcome;
        Corroborates = corroborates;
        Problems = problems;
    }

    /// <summary>Where the fact is in the pack, such as <c>$.facts[3]</c>.</summary>
    public string Path { get; }

    /// <summary>Its <c>type</c> in the pack, such as <c>agreement</c> or <c>person</c>.</summary>
    public string Type { get; }

    /// <summary>Its <c>id</c> in the pack, or <see langword="null"/> when it has none.</summary>
    public string? Id { get; }

    /// <summary>Added, corroborating a known fact, or refused.</summary>
    /// <remarks>
    /// The links inside a fact (parties, delegations, members, topics…) are added or cited again on
    /// their own; <see cref="FactPackImportPlan.Counts"/> counts them. A corroborating fact may still
    /// add links: a party the known agreement did not have.
    /// </remarks>
    public FactPackFactOutcome Outcome { get; }

    /// <summary>With <see cref="FactPackFactOutcome.Corroborate"/>, the known fact it would cite again; otherwise <see langword="null"/>.</summary>
    public FactPackKnownFact? Corroborates { get; }

    /// <summary>
    /// With <see cref="FactPackFactOutcome.Refuse"/>, the problems the import reports for this fact
    /// and the links inside it (paths starting with <see cref="Path"/>); empty otherwise. Empty on a
    /// refused fact too when it was skipped because it refers to a refused fact, whose problems are
    /// listed on that fact.
    /// </summary>
    public IReadOnlyList<FactPackProblem> Problems { get; }
}
