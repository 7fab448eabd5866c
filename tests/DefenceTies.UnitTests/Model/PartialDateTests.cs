using DefenceTies.Model;

namespace DefenceTies.UnitTests.Model;

public class PartialDateTests
{
    [Theory]
    [InlineData("2012", DatePrecision.Year)]
    [InlineData("2012-05", DatePrecision.Month)]
    [InlineData("2024-12-12", DatePrecision.Day)]
    [InlineData("0001", DatePrecision.Year)]
    public void Parse_round_trips_the_canonical_text_and_keeps_its_precision(string text, DatePrecision precision)
    {
        var date = PartialDate.Parse(text);

        date.ToString().Should().Be(text);
        date.Precision.Should().Be(precision);
    }

    [Fact]
    public void A_year_only_date_invents_no_month_or_day()
    {
        var signed = PartialDate.FromYear(2012);

        signed.Month.Should().BeNull();
        signed.Day.Should().BeNull();
        signed.EarliestDay.Should().Be(new DateOnly(2012, 1, 1));
        signed.LatestDay.Should().Be(new DateOnly(2012, 12, 31));
    }

    [Fact]
    public void A_month_date_spans_the_whole_month_including_leap_days()
    {
        var february = PartialDate.FromYearMonth(2024, 2);

        february.LatestDay.Should().Be(new DateOnly(2024, 2, 29));
        february.Contains(new DateOnly(2024, 2, 29)).Should().BeTrue();
        february.Contains(new DateOnly(2024, 3, 1)).Should().BeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("12")]
    [InlineData("2012-13")]
    [InlineData("2012-00")]
    [InlineData("2023-02-29")]
    [InlineData("2012/05/01")]
    [InlineData("0000")]
    [InlineData("2012-5")]
    [InlineData(" 2012")]
    public void Parse_refuses_malformed_or_impossible_dates_with_a_message_naming_the_text(string text)
    {
        var parse = () => PartialDate.Parse(text);

        parse.Should().Throw<FormatException>().WithMessage($"*'{text}'*");
    }

    [Fact]
    public void Factories_refuse_out_of_range_parts()
    {
        ((Action)(() => PartialDate.FromYear(0))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => PartialDate.FromYearMonth(2012, 13))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => PartialDate.FromYearMonthDay(2023, 2, 29))).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*2023-02 has no day 29*");
    }

    [Fact]
    public void Order_is_chronological_and_matches_the_ordinal_order_of_the_stored_text()
    {
        string[] texts = ["2024-12-12", "2012", "2012-01-01", "2012-01", "2011-12-31", "2024-12", "2024"];
        var dates = texts.Select(PartialDate.Parse).ToList();

        var byValue = dates.Order().Select(d => d.ToString()).ToList();
        var byText = texts.Order(StringComparer.Ordinal).ToList();

        byValue.Should().Equal(byText);
        byValue.Should().Equal("2011-12-31", "2012", "2012-01", "2012-01-01", "2024", "2024-12", "2024-12-12");
    }

    [Fact]
    public void Equality_depends_on_precision()
    {
        PartialDate.FromYear(2012).Should().NotBe(PartialDate.FromYearMonthDay(2012, 1, 1));
        PartialDate.FromYear(2012).Should().Be(PartialDate.Parse("2012"));
        (PartialDate.FromYear(2012) < PartialDate.FromYearMonth(2012, 1)).Should().BeTrue();
    }
}
