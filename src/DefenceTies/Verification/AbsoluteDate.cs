using DefenceTies.Model;

namespace DefenceTies.Verification;

/// <summary>
/// A date a text states outright, to the precision it writes: a day ("12 December 2024",
/// "2024-12-12"), a month ("December 2024") or a year ("2024").
/// </summary>
/// <param name="Index">Where the date starts in the text, in UTF-16 code units.</param>
/// <param name="Length">The date's length in the text, in UTF-16 code units.</param>
/// <param name="Date">The date, to the precision written and no finer.</param>
internal sealed record AbsoluteDate(int Index, int Length, PartialDate Date) : WrittenDate(Index, Length);
