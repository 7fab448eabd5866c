namespace DefenceTies.Model;

/// <summary>
/// The legal or political form of an agreement: what kind of instrument the source says it is.
/// </summary>
public enum AgreementKind
{
    /// <summary>
    /// A memorandum of understanding (MoU): a written record of what the parties intend to do
    /// together, usually not binding in law. Use it when the source says memorandum or MoU,
    /// whatever the subject; an agreement only to set up a body, with no instrument named, is
    /// DecisionToEstablish. Example: "India and Vietnam signed an MoU on defence industry
    /// cooperation".
    /// </summary>
    MemorandumOfUnderstanding,

    /// <summary>
    /// A decision, agreed between the parties, to establish a body or mechanism (a working group, a
    /// dialogue, a committee), with no instrument named. Use it when what the sides agreed is that
    /// something be set up; if the source names the instrument (an MoU, a treaty), use that kind
    /// instead. Example: "the two sides decided to set up a joint working group on co-production".
    /// </summary>
    DecisionToEstablish,

    /// <summary>
    /// A treaty: an agreement binding in international law, which the source names a treaty,
    /// convention or pact. Use it only when the source presents the instrument as binding; a
    /// non-binding text is MemorandumOfUnderstanding or JointDeclaration. Example: "the Treaty of
    /// Friendship and Cooperation between the two states".
    /// </summary>
    Treaty,

    /// <summary>
    /// A joint statement or declaration: a position or intention the parties announce together, not
    /// a contract between them. Use it for a joint statement, declaration or communique; what one
    /// side says alone is a statement fact, not an agreement. Example: "the ministers issued a
    /// joint statement on maritime security".
    /// </summary>
    JointDeclaration,

    /// <summary>
    /// An agreement of a form no other kind fits: an exchange of letters, a letter of intent, an
    /// implementing arrangement, a contract. Use it rather than forcing a kind, and keep the form
    /// the source names in the title or subject. Example: "the navies exchanged letters of intent
    /// on hydrography".
    /// </summary>
    Other,
}
