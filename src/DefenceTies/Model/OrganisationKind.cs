namespace DefenceTies.Model;

/// <summary>
/// What kind of body an organisation is.
/// </summary>
public enum OrganisationKind
{
    /// <summary>
    /// A ministry or department of defence: the government's defence administration, civilian or
    /// not. Example: "India's Ministry of Defence", "the Thai defence ministry".
    /// </summary>
    DefenceMinistry,

    /// <summary>
    /// A nation's armed forces as a whole, or a joint command or staff above the single services.
    /// Use it when the source speaks of the military in general; one service is Army, Navy or
    /// AirForce. Example: "the Royal Thai Armed Forces".
    /// </summary>
    ArmedForces,

    /// <summary>
    /// A nation's land force. Example: "the Indian Army", or "both armies" (then two organisations
    /// without a name).
    /// </summary>
    Army,

    /// <summary>
    /// A nation's naval force. Example: "the Royal Thai Navy".
    /// </summary>
    Navy,

    /// <summary>
    /// A nation's air force. Example: "the Indian Air Force".
    /// </summary>
    AirForce,

    /// <summary>
    /// A diplomatic mission of the nation in another nation (an embassy or high commission); its
    /// host nation is the nation it is in. Use it for the mission itself; a defence attache serving
    /// there is a post. Example: "the Embassy of India in Bangkok".
    /// </summary>
    Embassy,

    /// <summary>
    /// Any other government body: a ministry other than defence, an agency, a commission. Use it
    /// only when no other kind fits. Example: "the Ministry of External Affairs".
    /// </summary>
    GovernmentBody,
}
