using DefenceTies.Model;

namespace DefenceTies.UnitTests.Model;

/// <summary>
/// A nation is an assigned ISO 3166-1 entry of the list DefenceTies ships, with Correlates of War
/// and Gleditsch–Ward codes that are well-formed and come with their abbreviations.
/// </summary>
public class NationRuleTests
{
    private static readonly Citation Cite = new SourceDocument("doc", null, PartialDate.FromYear(2024), "India and Thailand agreed.").Cite("India and Thailand agreed.");

    [Theory]
    [InlineData("OB", "IND", "356", "Alpha2Code", "OB")]
    [InlineData("IN", "OBX", "356", "Alpha3Code", "OBX")]
    [InlineData("IN", "IND", "995", "NumericCode", "995")]
    public void A_well_formed_but_unassigned_iso_code_is_refused_by_name(string alpha2, string alpha3, string numeric, string field, string unassigned)
    {
        var create = () => new Nation(alpha2, alpha3, numeric, "India", Cite);

        create.Should().Throw<DomainRuleException>()
            .Where(e => e.Entity == "Nation" && e.Field == field && Equals(e.Value, unassigned))
            .WithMessage($"Nation.{field} '{unassigned}' is invalid: it is not an assigned ISO 3166-1 code*");
    }

    [Theory]
    [InlineData("IN", "THA", "356", "Alpha3Code")]
    [InlineData("IN", "IND", "764", "NumericCode")]
    public void The_three_iso_codes_must_be_one_entry(string alpha2, string alpha3, string numeric, string field)
    {
        var create = () => new Nation(alpha2, alpha3, numeric, "India", Cite);

        create.Should().Throw<DomainRuleException>()
            .Where(e => e.Field == field)
            .WithMessage("*the code of Thailand (TH/THA/764), not of India (IN/IND/356)*must be one ISO 3166-1 entry*");
    }

    [Fact]
    public void Any_assigned_entry_is_a_nation_and_keeps_the_codes_it_is_given()
    {
        var afghanistan = new Nation("AF", "AFG", "004", "Afghanistan", Cite, 700, "AFG", 700, "AFG");
        var antarctica = new Nation("AQ", "ATA", "010", "Antarctica", Cite);

        afghanistan.Should().BeEquivalentTo(new
        {
            Alpha2Code = "AF", Alpha3Code = "AFG", NumericCode = "004", CorrelatesOfWarCode = 700, CorrelatesOfWarAbbreviation = "AFG", GleditschWardCode = 700, GleditschWardAbbreviation = "AFG",
        });
        antarctica.CorrelatesOfWarCode.Should().BeNull("no code is required where no source gives one");
        antarctica.GleditschWardAbbreviation.Should().BeNull();
    }

    [Theory]
    [InlineData(0, "IND", null, null, "CorrelatesOfWarCode")]
    [InlineData(1000, "IND", null, null, "CorrelatesOfWarCode")]
    [InlineData(750, "ind", null, null, "CorrelatesOfWarAbbreviation")]
    [InlineData(750, "INDI", null, null, "CorrelatesOfWarAbbreviation")]
    [InlineData(750, null, null, null, "CorrelatesOfWarAbbreviation")]
    [InlineData(null, "IND", null, null, "CorrelatesOfWarCode")]
    [InlineData(null, null, -750, "IND", "GleditschWardCode")]
    [InlineData(null, null, 750, "IN", "GleditschWardAbbreviation")]
    [InlineData(null, null, 750, null, "GleditschWardAbbreviation")]
    [InlineData(null, null, null, "IND", "GleditschWardCode")]
    public void State_codes_are_one_to_three_digits_with_a_three_letter_abbreviation_given_together(int? cow, string? cowAbbreviation, int? gw, string? gwAbbreviation, string field)
    {
        var create = () => new Nation("IN", "IND", "356", "India", Cite, cow, cowAbbreviation, gw, gwAbbreviation);

        create.Should().Throw<DomainRuleException>().Where(e => e.Entity == "Nation" && e.Field == field).WithMessage($"Nation.{field} *");
    }
}
