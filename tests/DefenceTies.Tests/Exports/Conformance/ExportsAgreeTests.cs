using DefenceTies.Exports;

namespace DefenceTies.Tests.Exports.Conformance;

/// <summary>
/// The SQLite and PostgreSQL exports of the same facts are the same text apart from row ids, so
/// the real clients need to read only one of them (the SQLite one, see the other tests here).
/// </summary>
[Trait(TestTier.Name, TestTier.Conformance)]
public class ExportsAgreeTests
{
    [Theory]
    [InlineData(ExportFormat.FollowTheMoney)]
    [InlineData(ExportFormat.Popolo)]
    [InlineData(ExportFormat.DyadYear)]
    [InlineData(ExportFormat.GraphML)]
    public async Task Sqlite_and_PostgreSql_export_the_same_facts_alike_apart_from_row_ids(ExportFormat format)
    {
        var exports = await ConformanceExports.GetAsync();

        exports.Sqlite[format].Should().NotBeNullOrWhiteSpace();
        ConformanceExports.WithoutRowIds(exports.PostgreSql[format]).Should().Be(ConformanceExports.WithoutRowIds(exports.Sqlite[format]));
    }

    [Fact]
    public void Row_ids_are_renumbered_per_kind_in_order_of_first_appearance_and_stable_ids_stay()
    {
        ConformanceExports.WithoutRowIds("person-7 citation-12 person-3 person-7 working-group-4-member-THA nation-IND document-test/india-vietnam-2025-03")
            .Should().Be("person-#1 citation-#1 person-#2 person-#1 working-group-#1-member-THA nation-IND document-test/india-vietnam-2025-03");
    }
}
