namespace DefenceTies.Querying;

/// <summary>What a <see cref="TimelineEntry"/> records. On the same date, entries sort in this order.</summary>
public enum TimelineEntryKind
{
    /// <summary>An <see cref="Model.Engagement"/>: talks, a meeting, a visit.</summary>
    Engagement,

    /// <summary>An <see cref="Model.Agreement"/>, dated by when it was concluded.</summary>
    Agreement,

    /// <summary>A <see cref="Model.MilitaryExercise"/>, dated by when it started.</summary>
    Exercise,

    /// <summary>A <see cref="Model.DefenceDeal"/> between the two, either way, dated by its signature (else its award, else its decision).</summary>
    Deal,
}
