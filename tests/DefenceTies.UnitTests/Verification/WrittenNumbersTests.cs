using DefenceTies.Verification;

namespace DefenceTies.UnitTests.Verification;

/// <summary>
/// The numbers a passage writes, as the fidelity check reads a stated quantity or amount: figures
/// with separators and scale words, and number words; never a part of a longer number.
/// </summary>
public class WrittenNumbersTests
{
    [Theory]
    [InlineData("will receive twelve shore-based launchers", 12)]
    [InlineData("thirty-six aircraft", 36)]
    [InlineData("thirty six aircraft", 36)]
    [InlineData("two hundred and forty rifles", 240)]
    [InlineData("36 aircraft", 36)]
    [InlineData("a contract worth about €410 million", 410_000_000)]
    [InlineData("a deal worth about €1.2 billion", 1_200_000_000)]
    [InlineData("a deal worth €1.2bn", 1_200_000_000)]
    [InlineData("a deal worth 1,200 million euros", 1_200_000_000)]
    [InlineData("a deal worth US$1,200,000,000", 1_200_000_000)]
    [InlineData("valued at between $20 million and $25 million", 25_000_000)]
    [InlineData("worth Rs 2,000 crore", 20_000_000_000)]
    [InlineData("worth two billion dollars", 2_000_000_000)]
    [InlineData("priced at $350.50 each", 350.5)]
    [InlineData("the third edition of the exercise", 3)]
    [InlineData("the twenty-first round of talks", 21)]
    [InlineData("the 3rd edition", 3)]
    public void A_number_written_in_figures_or_words_is_read(string passage, decimal value) =>
        WrittenNumbers.Writes(passage, value).Should().BeTrue(string.Join(", ", WrittenNumbers.In(passage)));

    [Theory]
    [InlineData("twelve launchers", 13)]
    [InlineData("1,200 million", 1_200_000)]
    [InlineData("in 2026, 120 aircraft", 12)]
    [InlineData("at 410.5 million", 410_000_000)]
    [InlineData("someone said", 1)]
    public void A_number_not_written_is_not_read(string passage, decimal value) =>
        WrittenNumbers.Writes(passage, value).Should().BeFalse(string.Join(", ", WrittenNumbers.In(passage)));
}
