using DefenceTies.Model;

namespace DefenceTies.UnitTests.Model;

/// <summary>
/// A nation code is read as people type it: alpha-2 or alpha-3, in any case, to the upper case the
/// database stores; anything else is refused with a message that says what a code looks like.
/// </summary>
public class NationCodesTests
{
    [Theory]
    [InlineData("in", "IN")]
    [InlineData("IN", "IN")]
    [InlineData("In", "IN")]
    [InlineData("ind", "IND")]
    [InlineData("Tha", "THA")]
    public void A_code_in_any_case_is_upper_cased(string code, string normalised)
    {
        NationCodes.Normalise(code).Should().Be(normalised);
        NationCodes.TryNormalise(code, out var tried).Should().BeTrue();
        tried.Should().Be(normalised);
    }

    [Theory]
    [InlineData("")]
    [InlineData("I")]
    [InlineData("INDI")]
    [InlineData("I1")]
    [InlineData("I N")]
    [InlineData("İN")]
    [InlineData("ÍND")]
    public void Anything_but_two_or_three_ascii_letters_is_refused_saying_what_a_code_is(string code)
    {
        var normalise = () => NationCodes.Normalise(code);

        normalise.Should().Throw<ArgumentException>().Where(e => e.ParamName == "code")
            .WithMessage($"'{code}' is not a nation code: give an ISO 3166-1 alpha-2 or alpha-3 code*such as IN or IND*");
        NationCodes.TryNormalise(code, out var tried).Should().BeFalse();
        tried.Should().BeNull();
    }

    [Fact]
    public void Null_is_not_a_code()
    {
        NationCodes.TryNormalise(null, out _).Should().BeFalse();
        var normalise = () => NationCodes.Normalise(null!);
        normalise.Should().Throw<ArgumentNullException>();
    }
}
