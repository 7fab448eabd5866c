namespace DefenceTies.Model;

/// <summary>What a nation contributes to an exercise, as the source counts it.</summary>
public enum ContributionKind
{
    /// <summary>People: troops, sailors, airmen, observers. Example: "some 400 personnel".</summary>
    Personnel,

    /// <summary>Ships and submarines. Example: "two frigates".</summary>
    Ships,

    /// <summary>Aircraft and helicopters. Example: "six fighter jets".</summary>
    Aircraft,

    /// <summary>Land vehicles. Example: "twelve armoured vehicles".</summary>
    Vehicles,

    /// <summary>Anything else counted. Example: "three unmanned surface vessels".</summary>
    Other,
}
