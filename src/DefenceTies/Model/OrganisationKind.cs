namespace DefenceTies.Model;

/// <summary>What kind of body an <see cref="Organisation"/> is.</summary>
public enum OrganisationKind
{
    /// <summary>A ministry or department of defence.</summary>
    DefenceMinistry,

    /// <summary>A nation's armed forces as a whole.</summary>
    ArmedForces,

    /// <summary>A land force.</summary>
    Army,

    /// <summary>A naval force.</summary>
    Navy,

    /// <summary>An air force.</summary>
    AirForce,

    /// <summary>A diplomatic mission in another nation.</summary>
    Embassy,

    /// <summary>Any other government body.</summary>
    GovernmentBody,
}
