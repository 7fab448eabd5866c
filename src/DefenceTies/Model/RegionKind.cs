namespace DefenceTies.Model;

/// <summary>
/// What kind of area a region is.
/// </summary>
public enum RegionKind
{
    /// <summary>
    /// A body of water: an ocean, sea, bay, gulf or strait. Example: "the Andaman Sea", "the Bay of
    /// Bengal".
    /// </summary>
    MaritimeArea,

    /// <summary>
    /// A geopolitical or strategic region, named for politics or strategy rather than for water.
    /// Use it for a region such as the Indo-Pacific or South-East Asia, even when it takes in seas.
    /// Example: "the Indo-Pacific".
    /// </summary>
    GeopoliticalRegion,
}
