using DefenceTies.Model;
using DefenceTies.Verification;

namespace DefenceTies.UnitTests.Verification;

/// <summary>
/// Reading the dates a text writes: every form to its precision, a day and month without a year kept
/// apart, dates the calendar or their own weekday refute left out, a year only where a number stands
/// on its own; and which dates a passage states.
/// </summary>
public class WrittenDatesTests
{
    [Theory]
    [InlineData("on 12 December 2024 in Delhi", "2024-12-12", 3, 16)]
    [InlineData("on 12th December, 2024.", "2024-12-12", 3, 19)]
    [InlineData("the 1st of May 2025", "2025-05-01", 4, 15)]
    [InlineData("on December 12, 2024,", "2024-12-12", 3, 17)]
    [InlineData("on Dec. 12, 2024", "2024-12-12", 3, 13)]
    [InlineData("on Dec 12 2024", "2024-12-12", 3, 11)]
    [InlineData("on Sept. 3, 2024", "2024-09-03", 3, 13)]
    [InlineData("on 03 Sep 2024", "2024-09-03", 3, 11)]
    [InlineData("Thursday, 12 December 2024", "2024-12-12", 0, 26)]
    [InlineData("Thu 12 Dec 2024", "2024-12-12", 0, 15)]
    [InlineData("Thursday, December 12, 2024", "2024-12-12", 0, 27)]
    [InlineData("dated 2024-12-12.", "2024-12-12", 6, 10)]
    [InlineData("12 DECEMBER 2024", "2024-12-12", 0, 16)]
    [InlineData("12\nDecember\n2024", "2024-12-12", 0, 16)]
    [InlineData("29 February 2024", "2024-02-29", 0, 16)]
    [InlineData("in December 2024", "2024-12", 3, 13)]
    [InlineData("in Dec. 2024", "2024-12", 3, 9)]
    [InlineData("in May, 2025", "2025-05", 3, 9)]
    [InlineData("signed in 2012.", "2012", 10, 4)]
    [InlineData("(2012)", "2012", 1, 4)]
    [InlineData("mid-2024", "2024", 4, 4)]
    [InlineData("in 1800", "1800", 3, 4)]
    [InlineData("by 2199", "2199", 3, 4)]
    public void A_date_is_read_to_the_precision_written_with_its_place(string text, string date, int index, int length)
    {
        WrittenDates.Read(text).Should().Equal(new AbsoluteDate(index, length, PartialDate.Parse(date)));
    }

    [Theory]
    [InlineData("on 12 December the sides", 12, 12, null, 3, 11)]
    [InlineData("on December 12th the sides", 12, 12, null, 3, 13)]
    [InlineData("on Thursday, 12 December", 12, 12, DayOfWeek.Thursday, 3, 21)]
    [InlineData("29 February", 2, 29, null, 0, 11)]
    public void A_day_and_month_without_a_year_is_read_apart_as_a_yearless_date(string text, int month, int day, DayOfWeek? weekday, int index, int length)
    {
        WrittenDates.Read(text).Should().Equal(new YearlessDate(index, length, month, day, weekday));
    }

    [Theory]
    [InlineData("31 February 2024")]
    [InlineData("29 February 2023")]
    [InlineData("2023-02-29")]
    [InlineData("2024-13-01")]
    [InlineData("31 February")]
    [InlineData("April 31, 2024")]
    [InlineData("Friday, 12 December 2024")]
    [InlineData("12,024 troops")]
    [InlineData("2024-25")]
    [InlineData("2024–25")]
    [InlineData("2012–2015")]
    [InlineData("1999/2000")]
    [InlineData("2024.5")]
    [InlineData("FY2024")]
    [InlineData("the 1990s")]
    [InlineData("$2024")]
    [InlineData("call +66 2 2024 1234")]
    [InlineData("1799 and 2200")]
    [InlineData("in May 5000 troops")]
    [InlineData("2024-12")]
    [InlineData("Decimal 2")]
    [InlineData("on Friday")]
    public void What_the_calendar_refutes_or_a_number_that_is_not_a_year_is_no_date(string text)
    {
        WrittenDates.Read(text).Should().BeEmpty();
    }

    [Fact]
    public void Every_date_of_a_text_is_read_in_order_and_a_full_dates_year_is_not_read_again()
    {
        WrittenDates.Read("Signed in 2012, renewed on 12 December 2024 (see 2024-12-13) and due in March 2026, 2027 or 2028.")
            .Should().Equal(
                new AbsoluteDate(10, 4, PartialDate.FromYear(2012)),
                new AbsoluteDate(27, 16, PartialDate.FromYearMonthDay(2024, 12, 12)),
                new AbsoluteDate(49, 10, PartialDate.FromYearMonthDay(2024, 12, 13)),
                new AbsoluteDate(72, 10, PartialDate.FromYearMonth(2026, 3)),
                new AbsoluteDate(84, 4, PartialDate.FromYear(2027)),
                new AbsoluteDate(92, 4, PartialDate.FromYear(2028)));
    }

    [Theory]
    [InlineData("on 12 December 2024", "2024-12-12", true)]
    [InlineData("on 12 December 2024", "2024-12", true)]
    [InlineData("on 12 December 2024", "2024", true)]
    [InlineData("on 12 December 2024", "2024-12-13", false)]
    [InlineData("on 12 December 2024", "2023", false)]
    [InlineData("in December 2024", "2024-12", true)]
    [InlineData("in December 2024", "2024", true)]
    [InlineData("in December 2024", "2024-12-12", false)]
    [InlineData("signed in 2012", "2012", true)]
    [InlineData("signed in 2012", "2012-01", false)]
    [InlineData("on 12 December", "2024-12-12", false)]
    [InlineData("in 2012 and on 12 December 2024", "2012", true)]
    [InlineData("dated 2024-12-12", "2024-12", true)]
    public void A_passage_states_a_date_when_a_date_it_writes_cut_to_that_precision_is_it(string passage, string date, bool states)
    {
        WrittenDates.States(passage, PartialDate.Parse(date)).Should().Be(states);
    }

    [Fact]
    public void States_refuses_the_default_date()
    {
        var states = () => WrittenDates.States("in 2012", default);

        states.Should().Throw<ArgumentException>().Where(e => e.ParamName == "date").WithMessage("default(PartialDate) is not a date*");
    }
}
