namespace DefenceTies.Model;

/// <summary>
/// The part a nation or body plays in a membership, a working group, an exercise or an engagement,
/// as the source states it. Which roles each of those links accepts is listed once, in
/// the documentation of each link's Role property; the database's CHECK constraints are derived from the same list.
/// </summary>
public enum ParticipationRole
{
    /// <summary>
    /// An ordinary member of a body or working group, with no office in it. The default of a
    /// membership and of a working group's member. Example: "Thailand, a member of ASEAN since 1967".
    /// </summary>
    Member,

    /// <summary>
    /// Takes part in an exercise or an engagement with no other role the source names. The default
    /// of an exercise's participant and of an engagement's participant. Example: "navies of five
    /// nations took part".
    /// </summary>
    Participant,

    /// <summary>
    /// Presides over a body, working group or meeting, alone. Example: "Laos, which chairs the
    /// forum this year".
    /// </summary>
    Chair,

    /// <summary>
    /// Presides jointly with others; each co-chair is recorded with this role. Example: "the expert
    /// working group, co-chaired by India and Thailand for the cycle 2021–2024".
    /// </summary>
    CoChair,

    /// <summary>
    /// Receives the others: the nation or body on whose ground or at whose invitation an exercise or
    /// meeting takes place. Example: "the exercise, hosted by the Royal Thai Navy".
    /// </summary>
    Host,

    /// <summary>
    /// Attends without being a full member or participant. Example: "Timor-Leste attended as an
    /// observer".
    /// </summary>
    Observer,

    /// <summary>
    /// Takes part for the first time, as the source points out. Example: "Vietnam joined the drill
    /// for the first time".
    /// </summary>
    FirstTimeParticipant,

    /// <summary>
    /// Contributes forces, funds or equipment without taking part in full, as the source says.
    /// Example: "Japan contributed a coast guard vessel".
    /// </summary>
    Contributor,
}
