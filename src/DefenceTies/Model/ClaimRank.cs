namespace DefenceTies.Model;

/// <summary>
/// The rank of a value's citation among the claims for one property of a fact, as Wikidata ranks
/// competing statements. Exactly one value of a property is preferred: the one the fact's property
/// holds. The first stored value stays preferred until someone ranks another.
/// </summary>
public enum ClaimRank
{
    /// <summary>The value the fact holds; its citation is the value's own (at most one per property).</summary>
    Preferred,

    /// <summary>A claim kept beside the preferred value: a competing value another source gives, or the same value cited again.</summary>
    Normal,

    /// <summary>A competing claim judged wrong (a misreading, a source later corrected), kept with why.</summary>
    Deprecated,
}
