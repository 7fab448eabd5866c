using System.Diagnostics.CodeAnalysis;

namespace DefenceTies.Model;

/// <summary>
/// A step in the legal life of an agreement, for one party or for the agreement as a whole, after
/// the actions the UN Treaty Collection records (signature, ratification, acceptance and approval,
/// exchange of notes, entry into force) and what reports add before and after them.
/// </summary>
public enum AgreementEventKind
{
    /// <summary>One side put the agreement forward. Example: "Manila proposed the pact in March".</summary>
    Proposed,

    /// <summary>Negotiations on its text began or are under way. Example: "talks on the agreement opened in Canberra on Monday".</summary>
    NegotiationOpened,

    /// <summary>A party signed it (or all did). Example: "the two defence ministers signed the agreement on 4 May".</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "'Signed' is the treaty-law term, not a numeric type.")]
    Signed,

    /// <summary>
    /// A party ratified it, through the body the source names (a parliament, a senate). Example: "the
    /// Senate ratified the agreement on 12 November".
    /// </summary>
    Ratified,

    /// <summary>
    /// A party approved or accepted it otherwise than by ratification, through the body the source names
    /// (a cabinet, a council of ministers). Example: "the cabinet approved the memorandum".
    /// </summary>
    Approved,

    /// <summary>The parties exchanged notes or instruments that conclude or bring it into force. Example: "the two governments exchanged notes in Manila".</summary>
    ExchangeOfNotes,

    /// <summary>It entered into force, for a party or for all. Example: "the agreement entered into force on 1 February".</summary>
    EnteredIntoForce,

    /// <summary>
    /// It is to enter into force on a stated future date: a plan, not an event that happened; it makes
    /// no agreement in force. Example: "the agreement is due to take effect in January".
    /// </summary>
    ScheduledToEnterIntoForce,

    /// <summary>A party suspended its application. Example: "the government suspended the agreement".</summary>
    Suspended,

    /// <summary>It ended: terminated, withdrawn from, denounced or expired. Example: "the pact expired in 2020".</summary>
    Terminated,

    /// <summary>It was renewed or extended, and so continues in force. Example: "the two sides renewed the agreement for five years".</summary>
    Renewed,
}
