using System.Text.Json.Nodes;
using DefenceTies.Exports;

namespace DefenceTies.Tests.Exports.Conformance;

/// <summary>
/// The FollowTheMoney export, loaded line by line into FtM's own JavaScript model
/// (tests/conformance/ftm.mjs): accepted whole, and each rule shown to catch a deliberately broken line.
/// </summary>
[Trait(TestTier.Name, TestTier.Conformance)]
public class FollowTheMoneyConformanceTests
{
    [Fact]
    public async Task The_FtM_model_accepts_every_exported_entity()
    {
        var exports = await ConformanceExports.GetAsync();

        var result = await RealClients.FollowTheMoneyAsync(exports.FileOf(ExportFormat.FollowTheMoney));

        result.ExitCode.Should().Be(0, result.Output + result.Error);
        result.Output.Should().StartWith("ok: ");
    }

    [Theory]
    [InlineData("schema", "Document", "change the schema to one FtM does not have")]
    [InlineData("property", "Person", "add a property the schema does not have")]
    [InlineData("required", "Document", "drop a required property (fileName)")]
    [InlineData("caption", "Membership", "drop the only caption property (role)")]
    [InlineData("deprecated", "PublicBody", "use a deprecated property (parent)")]
    [InlineData("reference", "Documentation", "point an entity reference at an entity outside its range")]
    [InlineData("date", "Document", "write a date FtM cannot read")]
    [InlineData("country", "PublicBody", "write a country code FtM does not know")]
    public async Task Each_rule_catches_a_deliberately_broken_entity(string rule, string schema, string breakage)
    {
        var exports = await ConformanceExports.GetAsync();
        var lines = exports.Sqlite[ExportFormat.FollowTheMoney].Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        var target = lines.First(l => (string?)l["schema"] == schema && (schema != "PublicBody" || l["properties"]!["classification"]![0]!.GetValue<string>() != "nation"));
        var properties = target["properties"]!.AsObject();
        var occupancy = lines.First(l => (string?)l["schema"] == "Occupancy");

        switch (rule)
        {
            case "schema": target["schema"] = "Country"; break;
            case "property": properties["rank"] = new JsonArray("General"); break;
            case "required": properties.Remove("fileName"); break;
            case "caption": properties.Remove("role"); break;
            case "deprecated": properties["parent"] = new JsonArray("nation-IND"); break;
            case "reference": properties["entity"] = new JsonArray((string)occupancy["id"]!); break;
            case "date": properties["publishedAt"] = new JsonArray("2024-02-30"); break;
            case "country": properties["country"] = new JsonArray("xx"); break;
        }

        var broken = exports.WriteVariant(ExportFormat.FollowTheMoney, $"broken-{rule}", string.Join('\n', lines.Select(l => l.ToJsonString())) + "\n");
        var result = await RealClients.FollowTheMoneyAsync(broken);

        result.ExitCode.Should().Be(1, $"the check must fail when we {breakage}: {result.Output}{result.Error}");
        result.Output.Should().Contain($"{rule}: {(string)target["id"]!}:", breakage);
    }
}
