using CsCheck;
using DefenceTies.Model;

namespace DefenceTies.UnitTests.Model;

/// <summary>
/// <see cref="MoneyAmount"/> is exact: every amount of whole hundredths reads back from its canonical
/// text unchanged, compares as its hundredths do, and nothing but a plain decimal number with at
/// most two decimals is read as one.
/// </summary>
public class MoneyAmountTests
{
    [Fact]
    public void Every_amount_reads_back_from_its_canonical_text_and_orders_as_its_hundredths()
    {
        Gen.Long[0, MoneyAmount.MaxHundredths].Select(Gen.Long[0, MoneyAmount.MaxHundredths]).Sample((a, b) =>
        {
            var (x, y) = (MoneyAmount.FromHundredths(a), MoneyAmount.FromHundredths(b));
            MoneyAmount.Parse(x.ToString()).Should().Be(x);
            MoneyAmount.FromDecimal(x.Value).Should().Be(x);
            (x < y).Should().Be(a < b);
            x.ToString().Should().NotEndWith(".0").And.NotContain(",");
        });
    }

    [Theory]
    [InlineData("1200000000", 120_000_000_000L, "1200000000")]
    [InlineData("350.5", 35_050L, "350.5")]
    [InlineData("350.50", 35_050L, "350.5")]
    [InlineData("0.75", 75L, "0.75")]
    [InlineData("0", 0L, "0")]
    [InlineData("999999999999999.99", MoneyAmount.MaxHundredths, "999999999999999.99")]
    public void A_plain_decimal_is_read_exactly_and_written_canonically(string text, long hundredths, string canonical)
    {
        var amount = MoneyAmount.Parse(text);
        amount.Hundredths.Should().Be(hundredths);
        amount.ToString().Should().Be(canonical);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1,200,000")]
    [InlineData("1.2e9")]
    [InlineData("-5")]
    [InlineData("+5")]
    [InlineData("12.345")]
    [InlineData("12.")]
    [InlineData(".5")]
    [InlineData("1 200")]
    [InlineData("1.2 billion")]
    [InlineData("1000000000000000")]
    public void Anything_else_is_refused(string text)
    {
        MoneyAmount.TryParse(text, out _).Should().BeFalse();
        FluentActions.Invoking(() => MoneyAmount.Parse(text)).Should().Throw<DomainRuleException>().WithMessage("*plain decimal number*");
    }

    [Fact]
    public void A_decimal_with_more_than_two_places_or_below_zero_is_refused_not_rounded()
    {
        FluentActions.Invoking(() => MoneyAmount.FromDecimal(1.005m)).Should().Throw<DomainRuleException>();
        FluentActions.Invoking(() => MoneyAmount.FromDecimal(-1m)).Should().Throw<DomainRuleException>();
        FluentActions.Invoking(() => MoneyAmount.FromHundredths(MoneyAmount.MaxHundredths + 1)).Should().Throw<DomainRuleException>();
    }

    [Theory]
    [InlineData("410000000", null, ValueExactness.Approximate, "about 410,000,000 EUR")]
    [InlineData("20000000", "25000000", ValueExactness.Range, "between 20,000,000 and 25,000,000 EUR")]
    [InlineData("500000000", null, ValueExactness.AtLeast, "more than 500,000,000 EUR")]
    [InlineData("2000000000", null, ValueExactness.AtMost, "up to 2,000,000,000 EUR")]
    [InlineData("350.5", null, ValueExactness.Exact, "350.5 EUR")]
    public void A_deal_value_is_written_in_words_with_its_exactness(string amount, string? upTo, ValueExactness exactness, string expected) =>
        DefenceDeal.ValueText(MoneyAmount.Parse(amount), upTo is null ? null : MoneyAmount.Parse(upTo), "EUR", exactness).Should().Be(expected);
}
