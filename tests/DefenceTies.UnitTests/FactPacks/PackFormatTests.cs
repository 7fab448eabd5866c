using System.Text.Json.Nodes;
using DefenceTies.Documentation;
using DefenceTies.FactPacks;
using DefenceTies.Seeding.Reports;
using FluentAssertions;
using Xunit;

namespace DefenceTies.UnitTests.FactPacks;

/// <summary>The schema, the model and the documentation of the pack format say the same thing.</summary>
public class PackFormatTests
{
    private static readonly JsonObject Schema = JsonNode.Parse(FactPack.JsonSchema)!.AsObject();

    [Fact]
    public void The_documentation_describes_every_fact_type_and_the_packs_use_them_all()
    {
        var types = Schema["$defs"]!["fact"]!["properties"]!["type"]!["oneOf"]!.AsArray().Select(v => v!["const"]!.GetValue<string>()).ToList();
        var docs = File.ReadAllText(Path.Combine(MarkdownBlocks.RepositoryRoot, "docs", "fact-packs.md"));
        var worked = PackEditor.Report()["facts"]!.AsArray().Select(f => (string)f!["type"]!).Distinct().ToList();

        // The built-in report states no membership of a body (nothing is invented for it): the
        // made-up fixture reports carry the types it has no passage for.
        var fixtures = Directory.GetFiles(Path.Combine(MarkdownBlocks.RepositoryRoot, "tests", "DefenceTies.Tests", "FactPacks", "Packs"), "*.json")
            .SelectMany(f => JsonNode.Parse(File.ReadAllText(f))!["facts"]!.AsArray().Select(x => (string)x!["type"]!));

        types.Should().HaveCount(21);
        types.Should().OnlyContain(t => docs.Contains($"| `{t}` |"), "docs/fact-packs.md has a row per fact type");
        worked.Concat(fixtures).Distinct().Should().BeEquivalentTo(types, "the worked example and the fixture reports show every fact type, and every planting path is exercised by them");
        worked.Should().HaveCountGreaterThanOrEqualTo(types.Count - 4, "the worked example shows every fact type its report has a passage for (membership, ownership, deal and invitation have none)");
    }

    [Fact]
    public void The_schema_in_the_repository_is_the_one_the_library_ships()
    {
        var file = File.ReadAllText(Path.Combine(MarkdownBlocks.RepositoryRoot, "src", "DefenceTies", "FactPacks", "fact-pack.schema.json"));

        FactPack.JsonSchema.Should().Be(file);
        IndiaThailandCoProductionReport.Pack.FactCount.Should().Be(PackEditor.Report()["facts"]!.AsArray().Count);
    }
}
