namespace DefenceTies.Model;

/// <summary>
/// What kind of place a region is: an area (a sea, a geopolitical region, a subdivision) or a point
/// a report names (a city, a military base, another site).
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

    /// <summary>
    /// A first-level or lower subdivision of a nation (a province, a state, a region), identified by
    /// its ISO 3166-2 code when the pack gives it. Example: "the province of Batangas".
    /// </summary>
    Subdivision,

    /// <summary>A city or town. Example: "in Manila", "the port city of Surabaya".</summary>
    City,

    /// <summary>A military base: an air base, naval base, army camp or garrison. Example: "at Clark Air Base".</summary>
    MilitaryBase,

    /// <summary>
    /// Another named site: a training area, a firing range, a port, a border crossing. Example: "the
    /// Crow Valley training range".
    /// </summary>
    Site,
}
