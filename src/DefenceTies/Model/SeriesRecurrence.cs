namespace DefenceTies.Model;

/// <summary>How often an exercise series is held, as the source states it ("held annually").</summary>
public enum SeriesRecurrence
{
    /// <summary>Once a year. Example: "the exercise, held annually since 2019".</summary>
    Annual,

    /// <summary>Once every two years. Example: "the drills, held every two years".</summary>
    Biennial,

    /// <summary>Twice a year. Example: "the exercise is held twice a year".</summary>
    SemiAnnual,
}
