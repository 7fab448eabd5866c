using DefenceTies.Model;

namespace DefenceTies.FactPacks;

/// <summary>What importing a pack would do with one of its facts (one entry of <see cref="FactPackImportPlan.Facts"/>).</summary>
public sealed class FactPackFactPlan
{
    internal FactPackFactPlan(string path, string type, string? id, FactPackFactOutcome outcome, FactPackKnownFact? corroborates, IReadOnlyList<FactPackProblem> problems,
        FactReference? reference = null, IReadOnlyList<string>? newValues = null, IReadOnlyList<string>? contestedValues = null)
    {
        Reference = reference;
        NewValues = newValues ?? [];
        ContestedValues = contestedValues ?? [];
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

    /// <summary>
    /// Unless refused, the reference by which a later pack names the fact this one adds or restates:
    /// the pack's document key and this fact's <see cref="Id"/> (a version-1 fact without one: its
    /// <see cref="Path"/>). A restating fact's known fact is also named by <see cref="FactPackKnownFact.Reference"/>.
    /// </summary>
    public FactReference? Reference { get; }

    /// <summary>Added, corroborating a known fact, contesting some of its values, or refused.</summary>
    /// <remarks>
    /// The links inside a fact (parties, delegations, members, topics…) are added or cited again on
    /// their own; <see cref="FactPackImportPlan.Counts"/> counts them. A corroborating fact may still
    /// add links: a party the known agreement did not have.
    /// </remarks>
    public FactPackFactOutcome Outcome { get; }

    /// <summary>
    /// With <see cref="FactPackFactOutcome.Corroborate"/> or <see cref="FactPackFactOutcome.Contest"/>,
    /// the values (the pack's property names, such as <c>subject</c>) the known fact had none of and
    /// gains from this pack, with its citation. Every other value the fact gives corroborates an
    /// equal known value or is contested: none is dropped.
    /// </summary>
    public IReadOnlyList<string> NewValues { get; }

    /// <summary>With <see cref="FactPackFactOutcome.Contest"/>, the values (pack property names) stored as competing claims; empty otherwise.</summary>
    public IReadOnlyList<string> ContestedValues { get; }

    /// <summary>With <see cref="FactPackFactOutcome.Corroborate"/> or <see cref="FactPackFactOutcome.Contest"/>, the known fact it would cite again; otherwise <see langword="null"/>.</summary>
    public FactPackKnownFact? Corroborates { get; }

    /// <summary>
    /// With <see cref="FactPackFactOutcome.Refuse"/>, the problems the import reports for this fact
    /// and the links inside it (paths starting with <see cref="Path"/>); empty otherwise. A fact
    /// refused because it refers to a refused fact has one problem naming that fact.
    /// </summary>
    public IReadOnlyList<FactPackProblem> Problems { get; }
}
