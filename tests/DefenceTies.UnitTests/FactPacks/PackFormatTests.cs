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
    public void The_documentation_describes_every_fact_type_and_the_embedded_pack_uses_them_all()
    {
        var types = Schema["$defs"]!["fact"]!["properties"]!["type"]!["oneOf"]!.AsArray().Select(v => v!["const"]!.GetValue<string>()).ToList();
        var docs = File.ReadAllText(Path.Combine(MarkdownBlocks.RepositoryRoot, "docs", "fact-packs.md"));
        var used = PackEditor.Report()["facts"]!.AsArray().Select(f => (string)f!["type"]!).Distinct();

        types.Should().HaveCount(16);
        types.Should().OnlyContain(t => docs.Contains($"| `{t}` |"), "docs/fact-packs.md has a row per fact type");
        used.Should().BeEquivalentTo(types, "the worked example shows every fact type, and every planting path is exercised by it");
    }

    [Fact]
    public void The_schema_in_the_repository_is_the_one_the_library_ships()
    {
        var file = File.ReadAllText(Path.Combine(MarkdownBlocks.RepositoryRoot, "src", "DefenceTies", "FactPacks", "fact-pack.schema.json"));

        FactPack.JsonSchema.Should().Be(file);
        IndiaThailandCoProductionReport.Pack.FactCount.Should().Be(PackEditor.Report()["facts"]!.AsArray().Count);
    }
}
