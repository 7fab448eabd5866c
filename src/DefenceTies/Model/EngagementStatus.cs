namespace DefenceTies.Model;

/// <summary>
/// Whether an engagement took place, as the source says on its date of publication (schema.org's
/// event status). A planned, postponed or cancelled engagement carries its planned date as its date.
/// </summary>
public enum EngagementStatus
{
    /// <summary>It took place. The default: a report of a meeting that happened. Example: "the two ministers met on Friday".</summary>
    Held,

    /// <summary>It is to take place on the date given. Example: "the defence chiefs will meet in March".</summary>
    Planned,

    /// <summary>It was put off from the date given, to a later or unknown date. Example: "the talks planned for May were postponed".</summary>
    Postponed,

    /// <summary>It was called off. Example: "the visit scheduled for next week has been cancelled".</summary>
    Cancelled,
}
