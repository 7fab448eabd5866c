using System.Globalization;
using CsCheck;
using DefenceTies.Model;
using DefenceTies.Verification;

namespace DefenceTies.UnitTests.Verification;

/// <summary>
/// A property test (CsCheck): any real date from 1800 to 2199, written in any supported form, in any
/// case, inside a sentence, reads back as exactly that date to the form's precision, at exactly
/// the place it was written.
/// </summary>
public class WrittenDatesPropertyTests
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    private static readonly string[] Abbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>Each supported form: how it writes a day, and how precise what it writes is (null: a day and month without a year).</summary>
    private static readonly (string Name, Func<DateOnly, string> Write, DatePrecision? Precision)[] Forms =
    [
        ("d MMMM yyyy", d => $"{d.Day} {Month(d)} {d.Year}", DatePrecision.Day),
        ("dth MMMM, yyyy", d => $"{d.Day}{Ordinal(d.Day)} {Month(d)}, {d.Year}", DatePrecision.Day),
        ("dth of MMMM yyyy", d => $"{d.Day}{Ordinal(d.Day)} of {Month(d)} {d.Year}", DatePrecision.Day),
        ("dd MMM yyyy", d => $"{d.Day:D2} {Abbreviation(d)} {d.Year}", DatePrecision.Day),
        ("MMMM d, yyyy", d => $"{Month(d)} {d.Day}, {d.Year}", DatePrecision.Day),
        ("MMM. d, yyyy", d => $"{AbbreviationWithPoint(d)} {d.Day}, {d.Year}", DatePrecision.Day),
        ("MMM d yyyy", d => $"{Abbreviation(d)} {d.Day} {d.Year}", DatePrecision.Day),
        ("dddd, d MMMM yyyy", d => $"{d.DayOfWeek}, {d.Day} {Month(d)} {d.Year}", DatePrecision.Day),
        ("dddd, MMMM d, yyyy", d => $"{d.DayOfWeek}, {Month(d)} {d.Day}, {d.Year}", DatePrecision.Day),
        ("yyyy-MM-dd", d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DatePrecision.Day),
        ("MMMM yyyy", d => $"{Month(d)} {d.Year}", DatePrecision.Month),
        ("MMM. yyyy", d => $"{AbbreviationWithPoint(d)} {d.Year}", DatePrecision.Month),
        ("yyyy", d => $"{d.Year}", DatePrecision.Year),
        ("d MMMM", d => $"{d.Day} {Month(d)}", null),
        ("MMMM dth", d => $"{Month(d)} {d.Day}{Ordinal(d.Day)}", null),
    ];

    /// <summary>Sentences around the date that write no date of their own.</summary>
    private static readonly (string Before, string After)[] Sentences =
    [
        (string.Empty, string.Empty),
        ("The talks were held on ", " in New Delhi."),
        ("(", ")"),
        ("Signed: ", ".\n"),
    ];

    private static readonly Gen<DateOnly> Day =
        Gen.Int[new DateOnly(1800, 1, 1).DayNumber, new DateOnly(2199, 12, 31).DayNumber].Select(DateOnly.FromDayNumber);

    private static readonly Gen<Func<string, string>> Case = Gen.OneOf<Func<string, string>>(s => s, s => s.ToUpperInvariant(), s => s.ToLowerInvariant());

    [Fact]
    public void Any_real_date_written_in_any_supported_form_reads_back_exactly_where_it_was_written()
    {
        Gen.Select(Day, Gen.Int[0, Forms.Length - 1], Gen.Int[0, Sentences.Length - 1], Case).Sample(
            (day, form, sentence, @case) =>
            {
                var (name, write, precision) = Forms[form];
                var (before, after) = Sentences[sentence];
                var written = @case(write(day));

                var read = WrittenDates.Read(before + written + after);

                WrittenDate expected = precision switch
                {
                    DatePrecision.Day => new AbsoluteDate(before.Length, written.Length, PartialDate.FromDate(day)),
                    DatePrecision.Month => new AbsoluteDate(before.Length, written.Length, PartialDate.FromYearMonth(day.Year, day.Month)),
                    DatePrecision.Year => new AbsoluteDate(before.Length, written.Length, PartialDate.FromYear(day.Year)),
                    _ => new YearlessDate(before.Length, written.Length, day.Month, day.Day, null),
                };
                read.Should().Equal([expected], "'{0}' is {1} written as {2}", written, day, name);
            },
            iter: 2000);
    }

    [Fact]
    public void Every_supported_form_is_checked_by_the_property()
    {
        // The forms the reader documents (WrittenDates' remarks), each written for 12 December 2024.
        Forms.Select(f => f.Write(new DateOnly(2024, 12, 12))).Should().Contain(
            ["12 December 2024", "12th December, 2024", "December 12, 2024", "Dec. 12, 2024", "Dec 12 2024", "Thursday, 12 December 2024", "2024-12-12", "December 2024", "2024", "12 December"]);
    }

    private static string Month(DateOnly day) => MonthNames[day.Month - 1];

    private static string Abbreviation(DateOnly day) => Abbreviations[day.Month - 1];

    // May is not shortened, so it takes no point ("May. 13" would be the end of a sentence).
    private static string AbbreviationWithPoint(DateOnly day) => day.Month == 5 ? "May" : Abbreviation(day) + ".";

    private static string Ordinal(int day) => (day % 10, day / 10) switch
    {
        (_, 1) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
}
