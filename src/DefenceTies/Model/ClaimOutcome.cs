namespace DefenceTies.Model;

/// <summary>What became of one value a further source gives for a stored fact (see <see cref="CitedEntity.Claim"/>).</summary>
internal enum ClaimOutcome
{
    /// <summary>The source gives no value.</summary>
    None,

    /// <summary>The fact had no value; it now has this one, with the source's citation.</summary>
    New,

    /// <summary>The same value: a corroboration.</summary>
    Corroborate,

    /// <summary>Another value: stored as a competing claim.</summary>
    Compete,
}
