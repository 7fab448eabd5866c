namespace DefenceTies.Model;

/// <summary>How much of a <see cref="PartialDate"/> the source actually states.</summary>
public enum DatePrecision
{
    /// <summary>Only the year is known, as in "signed in 2012".</summary>
    Year,

    /// <summary>The year and month are known.</summary>
    Month,

    /// <summary>The full calendar day is known.</summary>
    Day,
}
