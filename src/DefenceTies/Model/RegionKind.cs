namespace DefenceTies.Model;

/// <summary>What kind of area a <see cref="Region"/> is.</summary>
public enum RegionKind
{
    /// <summary>A body of water: sea, bay, gulf, strait.</summary>
    MaritimeArea,

    /// <summary>A geopolitical or strategic region such as the Indo-Pacific.</summary>
    GeopoliticalRegion,
}
