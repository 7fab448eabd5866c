namespace DefenceTies.Model;

/// <summary>How one nation stands to another in a <see cref="NationRelation"/>.</summary>
public enum NationRelationKind
{
    /// <summary>The subject shares a maritime boundary or sea with the object.</summary>
    MaritimeNeighbour,

    /// <summary>The subject shares a land border with the object.</summary>
    LandNeighbour,

    /// <summary>The subject is described as a valued partner of the object (optionally within a region).</summary>
    ValuedPartner,

    /// <summary>The two share common threat perceptions.</summary>
    SharedThreatPerception,

    /// <summary>Their defence ties have been growing over the years ("defence ties, which have been growing steadily over the years").</summary>
    GrowingDefenceTies,
}
