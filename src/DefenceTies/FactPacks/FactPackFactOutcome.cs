namespace DefenceTies.FactPacks;

/// <summary>What importing a pack would do with one of its facts (<see cref="FactPackFactPlan.Outcome"/>).</summary>
public enum FactPackFactOutcome
{
    /// <summary>The fact is new: importing adds a row for it.</summary>
    Add,

    /// <summary>
    /// The fact restates a known one (the same natural key, or an event the pack says it
    /// <c>corroborates</c>): importing adds no row but cites the known fact again
    /// (<see cref="FactPackFactPlan.Corroborates"/> names it).
    /// </summary>
    Corroborate,

    /// <summary>
    /// The fact restates a known one (as <see cref="Corroborate"/>) but gives another value for some
    /// of its claimable values: each is stored as a competing claim beside the known value, with this
    /// pack's citation, never overwriting it (<see cref="FactPackFactPlan.ContestedValues"/> names them).
    /// </summary>
    Contest,

    /// <summary>
    /// The fact does not hold (<see cref="FactPackFactPlan.Problems"/> says why), so the whole pack
    /// would be refused and nothing of it stored.
    /// </summary>
    Refuse,
}
