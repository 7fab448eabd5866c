using DefenceTies.Reference;

namespace DefenceTies.UnitTests.Reference;

/// <summary>
/// Finding the nations a text names: whole words, any case, every name the reference data gives,
/// the longest where names overlap, every nation an ambiguous word may name, and codes only in
/// capitals in text that is not itself in capitals.
/// </summary>
public class NationNamesTests
{
    [Theory]
    [InlineData("the Vietnamese side", "VN", 4, 10, "Demonym")]
    [InlineData("his Thai counterpart", "TH", 4, 4, "Demonym")]
    [InlineData("India’s Defence Secretary", "IN", 0, 5, "IsoName")]
    [InlineData("India's Defence Secretary", "IN", 0, 5, "IsoName")]
    [InlineData("a Thai-led exercise", "TH", 2, 4, "Demonym")]
    [InlineData("talks in Viet Nam", "VN", 9, 8, "IsoName")]
    [InlineData("talks in Vietnam", "VN", 9, 7, "CommonName")]
    [InlineData("the Socialist Republic of Viet Nam", "VN", 4, 30, "IsoOfficialName")]
    [InlineData("South Korea and", "KR", 0, 11, "CommonName")]
    [InlineData("the South Korean navy", "KR", 4, 12, "Demonym")]
    [InlineData("the Republic of Korea Navy", "KR", 4, 17, "IsoName")]
    [InlineData("Korea, Republic of", "KR", 0, 18, "IsoName")]
    [InlineData("the Democratic People's Republic of Korea", "KP", 4, 37, "IsoName")]
    [InlineData("the Democratic Republic of the Congo", "CD", 4, 32, "IsoName")]
    [InlineData("the Republic of the Congo", "CG", 4, 21, "IsoOfficialName")]
    [InlineData("the State of Palestine", "PS", 4, 18, "IsoName")]
    [InlineData("envoys of the Holy See", "VA", 14, 8, "IsoName")]
    [InlineData("Papua New Guinea's", "PG", 0, 16, "IsoName")]
    [InlineData("Guinea-Bissau", "GW", 0, 13, "IsoName")]
    [InlineData("INDIA AND", "IN", 0, 5, "IsoName")]
    [InlineData("vietnamese officials", "VN", 0, 10, "Demonym")]
    [InlineData("two Thais", "TH", 4, 5, "Demonym")]
    [InlineData("a Côte d’Ivoire delegation", "CI", 2, 13, "IsoName")]
    [InlineData("the Lao People’s Democratic Republic", "LA", 4, 32, "IsoName")]
    [InlineData("Türkiye", "TR", 0, 7, "IsoName")]
    public void A_nation_is_found_where_and_as_the_text_names_it(string text, string alpha2, int index, int length, string namedBy)
    {
        NationNames.Find(text).Should().ContainSingle().Which.Should().Be(new NationMention(alpha2, index, length, Enum.Parse<NationNaming>(namedBy), false));
    }

    [Fact]
    public void A_line_break_inside_a_multi_word_name_is_part_of_the_name()
    {
        NationNames.Find("the Papua New\n  Guinea Defence Force").Should().Equal(new NationMention("PG", 4, 18, NationNaming.IsoName, false));
    }

    [Theory]
    [InlineData("Indiana")]
    [InlineData("the Korean Peninsula")]
    [InlineData("Indianapolis")]
    [InlineData("Turkiye")]
    [InlineData("Thailander")]
    [InlineData("nonThai")]
    [InlineData("the UK and the UAE")]
    [InlineData("")]
    public void A_name_inside_a_longer_word_or_a_word_no_source_gives_names_nothing(string text)
    {
        NationNames.Find(text).Should().BeEmpty();
    }

    [Fact]
    public void Overlapping_names_give_the_longest_only()
    {
        NationNames.Find("Equatorial Guinea, Guinea, Papua New Guinea, Guinea-Bissau, South Sudan, Sudan, Dominican Republic, Indian")
            .Select(m => m.Alpha2Code).Should().Equal("GQ", "GN", "PG", "GW", "SS", "SD", "DO", "IN", "IO");
    }

    [Theory]
    [InlineData("Congolese troops", "CD", "CG")]
    [InlineData("the Dominican envoy", "DM", "DO")]
    [InlineData("the Indian side", "IN", "IO")]
    [InlineData("American officials", "MP", "US")]
    public void An_ambiguous_demonym_names_every_nation_it_may_name_each_marked_ambiguous(string text, string first, string second)
    {
        var mentions = NationNames.Find(text);

        mentions.Select(m => m.Alpha2Code).Should().Equal(first, second);
        mentions.Should().OnlyContain(m => m.IsAmbiguous && m.NamedBy == NationNaming.Demonym && m.Index == mentions[0].Index && m.Length == mentions[0].Length);
        NationNames.IsNamedIn(first, text).Should().BeTrue();
        NationNames.IsNamedIn(second, text).Should().BeTrue();
    }

    [Fact]
    public void The_only_ambiguous_words_are_nine_demonyms_each_shared_by_two_entries()
    {
        var ambiguous = NationReference.Entries
            .SelectMany(e => NationNameForms.Of(e, NationNameTable.ByAlpha2[e.Alpha2Code]).Select(form => form.Phrase))
            .Distinct()
            .Select(phrase => (phrase, mentions: NationNames.Find(phrase)))
            .Where(p => p.mentions.Any(m => m.IsAmbiguous))
            .ToDictionary(p => p.phrase, p => string.Join(" ", p.mentions.Select(m => m.Alpha2Code)));

        ambiguous.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["American"] = "MP US",
            ["Channel Islander"] = "GG JE",
            ["Congolese"] = "CD CG",
            ["Dominican"] = "DM DO",
            ["Dutch"] = "BQ NL",
            ["French"] = "FR TF",
            ["Indian"] = "IN IO",
            ["Norwegian"] = "NO SJ",
            ["Virgin Islander"] = "VG VI",
        });
    }

    [Fact]
    public void Every_name_of_every_entry_finds_that_entry_over_its_whole_length()
    {
        foreach (var entry in NationReference.Entries)
        {
            foreach (var (phrase, _) in NationNameForms.Of(entry, NationNameTable.ByAlpha2[entry.Alpha2Code]))
            {
                NationNames.Find(phrase).Should().Contain(m => m.Alpha2Code == entry.Alpha2Code && m.Index == 0 && m.Length == phrase.Length, "'{0}' names {1}", phrase, entry.Alpha2Code);
            }
        }
    }

    [Fact]
    public void A_name_given_twice_is_reported_once_as_its_most_authoritative_kind()
    {
        NationNames.Find("India").Should().Equal(new NationMention("IN", 0, 5, NationNaming.IsoName, false));
    }

    [Theory]
    [InlineData("India (IND) and Thailand (THA)", "IN IsoName 0|IN Alpha3Code 7|TH IsoName 16|TH Alpha3Code 26")]
    [InlineData("the US side", "US Alpha2Code 4")]
    [InlineData("talks between IN and TH", "IN Alpha2Code 14|TH Alpha2Code 21")]
    [InlineData("INDIA, THAILAND TO SET UP JOINT GROUP", "IN IsoName 0|TH IsoName 7")]
    [InlineData("ANDORRA AND CANADA", "AD IsoName 0|CA IsoName 12")]
    [InlineData("the ind and tha codes", "")]
    [InlineData("INDONESIA", "ID IsoName 0")]
    [InlineData("US-India ties", "US Alpha2Code 0|IN IsoName 3")]
    [InlineData("INX", "")]
    public void A_code_is_read_only_in_capitals_as_a_whole_word_in_text_not_itself_in_capitals(string text, string expected)
    {
        string.Join("|", NationNames.Find(text).Select(m => $"{m.Alpha2Code} {m.NamedBy} {m.Index}")).Should().Be(expected);
    }

    [Theory]
    [InlineData("VN", "the Vietnamese side", true)]
    [InlineData("TH", "Thai counterpart", true)]
    [InlineData("IN", "India’s", true)]
    [InlineData("IN", "Indiana", false)]
    [InlineData("KR", "the Korean Peninsula", false)]
    [InlineData("KP", "South Korea", false)]
    [InlineData("CG", "the Democratic Republic of the Congo", false)]
    [InlineData("TH", "Bangkok", false)]
    public void IsNamedIn_says_whether_the_passage_names_the_nation(string alpha2, string passage, bool named)
    {
        NationNames.IsNamedIn(alpha2, passage).Should().Be(named);
    }

    [Theory]
    [InlineData("XK")]
    [InlineData("in")]
    [InlineData("IND")]
    public void IsNamedIn_refuses_what_is_not_an_assigned_alpha2_code(string alpha2)
    {
        var check = () => NationNames.IsNamedIn(alpha2, "India");

        check.Should().Throw<ArgumentException>().Where(e => e.ParamName == "alpha2").WithMessage($"'{alpha2}' is not an alpha-2 code*");
    }
}
