using System.Globalization;
using System.Text.RegularExpressions;
using DefenceTies.Model;

namespace DefenceTies.Verification;

/// <summary>
/// Reads the dates an English text writes, for checking a fact's date against its passage and for
/// drafting facts from a report. One reader, so that every caller agrees on what a passage says.
/// Pure: no database.
/// </summary>
/// <remarks>
/// <para>
/// Forms read, month names in full or abbreviated (Jan, Feb, ..., Sep or Sept, with or without a
/// point; May has no abbreviation, so "May." is the end of a sentence), in any case:
/// </para>
/// <list type="bullet">
/// <item><description>a day: "12 December 2024", "12th December, 2024", "12th of December 2024",
/// "December 12, 2024", "Dec. 12, 2024", "Dec 12 2024", "2024-12-12", each also after a weekday
/// ("Thursday, 12 December 2024"), which must then be the date's weekday: a text that contradicts
/// itself states no date;</description></item>
/// <item><description>a month: "December 2024", "Dec. 2024", "December, 2024";</description></item>
/// <item><description>a year: a number from 1800 to 2199 standing on its own. Not a year: a number
/// joined to letters ("FY2024", "1990s"), to a currency sign ("$2024"), or to another number by a
/// point, comma, colon, slash, hyphen, dash or a single space ("12,024", "2024.5", "2024-25",
/// "2012–2015", "+66 2 2024 1234"): a thousands group, a fiscal year, a range or a phone number
/// is not a statement that something happened in that year;</description></item>
/// <item><description>a day and month with no year ("12 December", "December 12th"), as a
/// <see cref="YearlessDate"/>.</description></item>
/// </list>
/// <para>
/// Every form reads years from 1800 to 2199 only, the range a report on current defence ties
/// writes: "in May 5000 troops" is then no date, and the bounds are one rule for every form.
/// A date the calendar does not have ("31 February 2024", "2023-02-29") is not read, nor is any part
/// of it (not "February 2024" either). Relative dates ("on Friday", "last month") are not read yet;
/// they will be a further kind of <see cref="WrittenDate"/> of this same reader.
/// </para>
/// </remarks>
internal static partial class WrittenDates
{
    // The pieces of the one pattern below. A piece never starts or ends inside a word or a number.
    private const string Start = @"(?<![\p{L}\p{Nd}])";
    private const string Month = @"(?:(?<month>january|february|march|april|may|june|july|august|september|october|november|december)|(?<month>jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?)(?!\p{L})";
    private const string Weekday = @"(?:(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)(?!\p{L})\.?,?\s+)?";
    private const string Day = @"(?<day>0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?(?![\p{L}\p{Nd}])";
    private const string YearDigits = "(?:1[89][0-9]{2}|2[01][0-9]{2})";
    private const string Year = "(?<year>" + YearDigits + @")(?![\p{L}\p{Nd}])";
    private const string DayMonthYear = Start + Weekday + Day + @"(?:\s+of)?\s+" + Month + @"(?:,?\s+" + Year + ")?";
    private const string MonthDayYear = Start + Weekday + Month + @"\s+" + Day + @"(?:,?\s+" + Year + ")?";
    private const string MonthYear = Start + Month + @",?\s+" + Year;
    private const string Iso = Start + "(?<isoyear>" + YearDigits + @")-(?<isomonth>[0-9]{2})-(?<isoday>[0-9]{2})(?!\p{Nd})";
    private const string LoneYear = @"(?<![\p{L}\p{Nd}\p{Sc}]|\p{Nd}[\s.,:/\-–—])(?<loneyear>" + YearDigits + @")(?![\p{L}\p{Nd}]|[\s.,:/\-–—]\p{Nd})";

    private static readonly string[] MonthStems = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly string[] WeekdayStems = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    /// <summary>Every date written in <paramref name="text"/> (see the remarks for the forms), in order of position.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<WrittenDate> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var dates = new List<WrittenDate>();
        foreach (Match match in Dates().Matches(text))
        {
            if (Interpret(match) is { } date)
            {
                dates.Add(date);
            }
        }

        return dates;
    }

    /// <summary>
    /// Whether <paramref name="passage"/> states <paramref name="date"/>: some date it writes outright,
    /// cut to <paramref name="date"/>'s precision, is that date. "12 December 2024" states 2024-12-12,
    /// 2024-12 and 2024; "December 2024" does not state 2024-12-12, and "12 December" states no date,
    /// since its year is not written.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="passage"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is <c>default(PartialDate)</c>, which is not a date.</exception>
    public static bool States(string passage, PartialDate date)
    {
        ArgumentNullException.ThrowIfNull(passage);
        if (date == default)
        {
            throw new ArgumentException("default(PartialDate) is not a date; pass a date made by one of PartialDate's factories.", nameof(date));
        }

        return Read(passage).OfType<AbsoluteDate>().Any(written => Truncated(written.Date, date.Precision) == date);
    }

    /// <summary><paramref name="date"/> to <paramref name="precision"/>, or <see langword="null"/> where it is coarser than that.</summary>
    private static PartialDate? Truncated(PartialDate date, DatePrecision precision) =>
        date.Precision < precision ? null
        : precision switch
        {
            DatePrecision.Year => PartialDate.FromYear(date.Year),
            DatePrecision.Month => PartialDate.FromYearMonth(date.Year, date.Month!.Value),
            _ => date,
        };

    /// <summary>The written date a match of <see cref="Dates"/> is, or <see langword="null"/> where the calendar or its own weekday refutes it.</summary>
    private static WrittenDate? Interpret(Match match)
    {
        var (index, length) = (match.Index, match.Length);
        if (match.Groups["loneyear"].Success)
        {
            return new AbsoluteDate(index, length, PartialDate.FromYear(Number(match.Groups["loneyear"])));
        }

        if (match.Groups["isoyear"].Success)
        {
            return Calendar(Number(match.Groups["isoyear"]), Number(match.Groups["isomonth"]), Number(match.Groups["isoday"])) is { } iso
                ? new AbsoluteDate(index, length, iso)
                : null;
        }

        var month = Array.IndexOf(MonthStems, Stem(match.Groups["month"])) + 1;
        var year = match.Groups["year"].Success ? Number(match.Groups["year"]) : (int?)null;
        if (!match.Groups["day"].Success)
        {
            return new AbsoluteDate(index, length, PartialDate.FromYearMonth(year!.Value, month));
        }

        var day = Number(match.Groups["day"]);
        var weekday = match.Groups["weekday"].Success ? (DayOfWeek)Array.IndexOf(WeekdayStems, Stem(match.Groups["weekday"])) : (DayOfWeek?)null;
        if (year is null)
        {
            // A leap year has every day a month can have.
            return day <= DateTime.DaysInMonth(2024, month) ? new YearlessDate(index, length, month, day, weekday) : null;
        }

        return Calendar(year.Value, month, day) is { } date && (weekday is null || date.EarliestDay.DayOfWeek == weekday)
            ? new AbsoluteDate(index, length, date)
            : null;
    }

    /// <summary>The day, or <see langword="null"/> where the calendar has no such day.</summary>
    private static PartialDate? Calendar(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? PartialDate.FromYearMonthDay(year, month, day)
            : null;

    private static string Stem(Group name) => name.Value[..3].ToLowerInvariant();

    private static int Number(Group digits) => int.Parse(digits.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>
    /// Every form, tried in this order at each position: the ISO form and the spelled-out forms
    /// before a lone year, so that the year of a full date is never read again on its own.
    /// </summary>
    [GeneratedRegex(Iso + "|" + DayMonthYear + "|" + MonthDayYear + "|" + MonthYear + "|" + LoneYear, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Dates();
}
