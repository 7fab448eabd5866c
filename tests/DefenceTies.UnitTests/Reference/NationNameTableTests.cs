using DefenceTies.Documentation;
using DefenceTies.Reference;

namespace DefenceTies.UnitTests.Reference;

/// <summary>
/// The table of nation names (src/DefenceTies/Reference/nation-names.csv): the library embeds it byte
/// for byte, it has one row for each of the 249 ISO entries and no other, and its values are the
/// world-countries data set's, gaps left empty.
/// </summary>
public class NationNameTableTests
{
    private static readonly string RepositoryFile = Path.Combine(MarkdownBlocks.RepositoryRoot, "src", "DefenceTies", "Reference", "nation-names.csv");

    [Fact]
    public void The_library_and_these_tests_embed_the_repository_file_byte_for_byte()
    {
        var file = File.ReadAllBytes(RepositoryFile);

        // The tests read their own copy of the table (the readers are compiled into them): it must be the shipped one.
        Resource(typeof(DefenceTiesDbContext).Assembly).Should().Equal(file, "the library ships the repository file");
        Resource(typeof(NationNameTable).Assembly).Should().Equal(file, "the tests read the repository file");
    }

    [Fact]
    public void The_table_names_exactly_the_249_entries_of_the_ISO_list()
    {
        NationNameTable.ByAlpha2.Keys.Should().HaveCount(249)
            .And.BeEquivalentTo(NationReference.Entries.Select(e => e.Alpha2Code), "one row for each ISO entry, none for Kosovo's user-assigned XK");
    }

    [Fact]
    public void The_file_is_lf_ended_utf8_with_a_header_and_a_row_for_each_entry_in_the_order_of_the_ISO_list()
    {
        var lines = File.ReadAllText(RepositoryFile).Split('\n');

        lines[0].Should().Be("alpha2,common_name,demonym_male,demonym_female");
        lines[^1].Should().BeEmpty("the last row ends with a line feed");
        lines[1..^1].Select(l => l[..2]).Should().Equal(NationReference.Entries.Select(e => e.Alpha2Code));
    }

    [Theory]
    [InlineData("VN", "Vietnam", "Vietnamese")]
    [InlineData("KR", "South Korea", "South Korean")]
    [InlineData("TH", "Thailand", "Thai")]
    [InlineData("CD", "DR Congo", "Congolese")]
    [InlineData("AG", "Antigua and Barbuda", "Antiguan, Barbudan")]
    [InlineData("SH", "Saint Helena, Ascension and Tristan da Cunha", "Saint Helenian")]
    [InlineData("BV", "Bouvet Island", null)]
    public void A_row_holds_the_data_sets_values_and_a_gap_stays_empty(string alpha2, string commonName, string? demonym)
    {
        NationNameTable.ByAlpha2[alpha2].Should().Be(new NationNameEntry(alpha2, commonName, demonym, demonym));
    }

    [Theory]
    [InlineData("IN", "Republic of India")]
    [InlineData("VN", "Socialist Republic of Viet Nam")]
    [InlineData("KR", null)]
    public void The_ISO_list_gives_its_official_names_where_it_has_them(string alpha2, string? officialName)
    {
        NationReference.FindAlpha2(alpha2)!.OfficialName.Should().Be(officialName);
    }

    private static byte[] Resource(System.Reflection.Assembly assembly)
    {
        using var stream = assembly.GetManifestResourceStream(NationNameTable.ResourceName);
        stream.Should().NotBeNull($"{assembly.GetName().Name} embeds {NationNameTable.ResourceName}");
        using var copy = new MemoryStream();
        stream!.CopyTo(copy);
        return copy.ToArray();
    }
}
