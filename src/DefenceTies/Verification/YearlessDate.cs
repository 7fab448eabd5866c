namespace DefenceTies.Verification;

/// <summary>
/// A day and month written without a year ("12 December", "Thursday, December 12"): not a date on
/// its own. It is kept, not dropped, so that a later step can resolve it against the report's
/// dateline (the weekday, where written, then tells which year fits).
/// </summary>
/// <param name="Index">Where the date starts in the text, in UTF-16 code units (a leading weekday included).</param>
/// <param name="Length">The date's length in the text, in UTF-16 code units.</param>
/// <param name="Month">The month, 1 to 12.</param>
/// <param name="Day">The day of the month; a day some year has (29 February is read, 31 February is not).</param>
/// <param name="Weekday">The weekday written before it, or <see langword="null"/>.</param>
internal sealed record YearlessDate(int Index, int Length, int Month, int Day, DayOfWeek? Weekday) : WrittenDate(Index, Length);
