namespace DefenceTies.Verification;

/// <summary>
/// A date as a text writes it, where <see cref="WrittenDates.Read"/> found it. What the words pin
/// down differs, so each kind of written date is a type of its own: an <see cref="AbsoluteDate"/>
/// stands on its own ("12 December 2024", "2012"); a <see cref="YearlessDate"/> ("12 December")
/// needs the year from elsewhere, such as the report's dateline. Relative dates ("on Friday", "last
/// month") will be a further kind, resolved against a dateline in the same way; code that reads
/// written dates should ignore kinds it does not know rather than fail on them.
/// </summary>
/// <param name="Index">Where the date starts in the text, in UTF-16 code units (a leading weekday included).</param>
/// <param name="Length">The date's length in the text, in UTF-16 code units.</param>
internal abstract record WrittenDate(int Index, int Length);
