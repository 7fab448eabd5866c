namespace DefenceTies.Model;

/// <summary>
/// What kind of encounter an engagement is.
/// </summary>
public enum EngagementKind
{
    /// <summary>
    /// Talks: discussions or negotiations between two or more sides on particular matters, held
    /// once or as a round. Use it when the source says the sides held talks or discussions; a
    /// session of a standing, named mechanism is Dialogue, and an encounter the source calls only a
    /// meeting is Meeting. Example: "officials of the two ministries held talks on co-production".
    /// </summary>
    Talks,

    /// <summary>
    /// A meeting of officials or leaders that the source reports only as such (met, a meeting, a
    /// call, a virtual meeting), with no standing mechanism named and not described as talks. Use
    /// it when the source says who met, not what kind of process it was part of. Example: "the
    /// defence ministers met on the sidelines of the summit".
    /// </summary>
    Meeting,

    /// <summary>
    /// An official visit: one nation's officials, ships or units travelling to another nation (a
    /// ministerial visit, a port call). Use it when the source reports the journey; talks or a
    /// meeting held during the visit may be a fact of their own. Example: "the Chief of Naval Staff
    /// visited Bangkok".
    /// </summary>
    Visit,

    /// <summary>
    /// A session of a standing dialogue mechanism: a named or numbered series of meetings the sides
    /// hold regularly (a defence policy dialogue, a 2+2 dialogue). Use it only when the source
    /// presents the encounter as part of such a series; a one-off exchange is Talks even if the
    /// source calls it a dialogue in passing. Example: "the 5th annual Defence Policy Dialogue was
    /// held in New Delhi".
    /// </summary>
    Dialogue,
}
