namespace DefenceTies.Model;

/// <summary>
/// How one nation (the subject) stands to another (the counterpart), as the source says it of the
/// subject.
/// </summary>
public enum NationRelationKind
{
    /// <summary>
    /// The subject shares a maritime boundary or a sea with the counterpart. Use it when the source
    /// calls them maritime neighbours or says they share a sea; a shared land border is
    /// LandNeighbour. Example: "Thailand is a maritime neighbour of India".
    /// </summary>
    MaritimeNeighbour,

    /// <summary>
    /// The subject shares a land border with the counterpart. Use it when the source says they
    /// border each other on land; a neighbour across the sea is MaritimeNeighbour. Example: "India
    /// and Nepal share an open land border".
    /// </summary>
    LandNeighbour,

    /// <summary>
    /// The source calls the subject a valued, important or trusted partner of the counterpart,
    /// optionally within a region (give it as the relation's region). Use it for a judgement of the
    /// partnership; a statement that ties are growing is GrowingDefenceTies. Example: "Thailand is
    /// a valued partner in the Indo-Pacific".
    /// </summary>
    ValuedPartner,

    /// <summary>
    /// The two share common threat perceptions or security concerns. Use it for a shared view of
    /// threats; a particular threat the source names (piracy, trafficking) is a security issue fact
    /// of its own. Example: "the two nations share common threat perceptions".
    /// </summary>
    SharedThreatPerception,

    /// <summary>
    /// Their defence ties have been growing or deepening over time. Use it for a trend the source
    /// reports; a single agreement, visit or exercise is a fact of its own. Example: "defence ties,
    /// which have been growing steadily over the years".
    /// </summary>
    GrowingDefenceTies,

    /// <summary>
    /// The source reports tension between the two: a dispute, friction, a stand-off, protests over
    /// incidents. Use it for the state of the relation; the incidents themselves are a security issue
    /// with its actors. Date it (the relation's date) where the source places it. Example: "tensions
    /// between Norland and Sudoria have risen since March".
    /// </summary>
    Tension,

    /// <summary>
    /// The two hold a partnership of a named level ("Strategic Partnership", "Comprehensive
    /// Strategic Partnership"): give the level as stated and date it where the source says when it
    /// was established or raised. A partnership raised to a new level is a second relation with its
    /// own level and date; the earlier one stays. Example: "the two sides elevated ties to a
    /// Comprehensive Strategic Partnership in 2024".
    /// </summary>
    Partnership,

    /// <summary>
    /// The two have been holding more dialogues, visits or joint exercises over time. Use it for a
    /// trend in their exchanges; a single meeting or exercise is a fact of its own, and a statement
    /// that ties in general are growing is GrowingDefenceTies. Example: "have been increasing
    /// dialogues and joint military exercises across their armed forces".
    /// </summary>
    IncreasingExchanges,

    /// <summary>
    /// The source speaks of the two nations' defence relationship as such, how it developed or under
    /// which policy (give it as the relation's policy), without calling it growing or judging it.
    /// Example: "the defence relationship has evolved under India's Act East Policy".
    /// </summary>
    DefenceRelationship,
}
