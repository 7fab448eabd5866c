namespace DefenceTies.Model;

/// <summary>
/// What kind of body an organisation is. The kind decides whether the body has a nation: a
/// nation's own bodies always do, international organisations and forums never do, and companies
/// and non-state groups do when the source states one (see <see cref="Organisation.Nation"/>).
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

    /// <summary>
    /// An intergovernmental organisation or alliance with members, a charter or a secretariat,
    /// belonging to no single nation; never has a nation. Its members are memberships. Example:
    /// "ASEAN", "the African Union", "NATO", "the Shanghai Cooperation Organisation".
    /// </summary>
    InternationalOrganisation,

    /// <summary>
    /// A recurring meeting or grouping of nations or ministers without an organisation of its own,
    /// belonging to no single nation; never has a nation. Use InternationalOrganisation when it has a
    /// charter or secretariat. Example: "the Quad", "the ASEAN Defence Ministers' Meeting-Plus", "a
    /// ministers' forum that meets yearly".
    /// </summary>
    Forum,

    /// <summary>
    /// A privately held or listed company, such as a defence manufacturer; its nation is the one of
    /// registration or origin when the source states it. Use StateOwnedEnterprise when the source
    /// says a state owns it, JointVenture for a company set up by named owners. Example: "Larsen &amp;
    /// Toubro", "a Thai shipbuilder".
    /// </summary>
    Company,

    /// <summary>
    /// A company the source says a state owns or controls; its nation is that state. Example:
    /// "Hindustan Aeronautics Limited, the state-owned aircraft maker".
    /// </summary>
    StateOwnedEnterprise,

    /// <summary>
    /// A company set up and owned by two or more named owners; its owners and their shares are
    /// ownerships. Its nation is the one of registration when stated. Example: "a 50.5 : 49.5 joint
    /// venture to build the missiles".
    /// </summary>
    JointVenture,

    /// <summary>
    /// A government agency for defence research and development; always has a nation. Example:
    /// "India's Defence Research and Development Organisation".
    /// </summary>
    ResearchAgency,

    /// <summary>
    /// An armed group outside any state's forces, named by a source as behind a security issue; its
    /// nation is the one it operates from when stated. Example: "an insurgent group active in the
    /// border region".
    /// </summary>
    NonStateArmedGroup,

    /// <summary>
    /// A maritime militia: civilian vessels and crews organised for state purposes at sea; its
    /// nation is the one that organises it when stated. Example: "the maritime militia vessels that
    /// swarmed the reef".
    /// </summary>
    MaritimeMilitia,
}
