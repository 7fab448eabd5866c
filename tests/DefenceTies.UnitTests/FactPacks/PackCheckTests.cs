using System.Text.Json.Nodes;
using DefenceTies.FactPacks;
using DefenceTies.Seeding.Reports;
using FluentAssertions;
using Xunit;

namespace DefenceTies.UnitTests.FactPacks;

/// <summary>
/// Every rule a pack is checked by without a database: one bad pack per rule, refused with the JSON
/// path and a message that names the problem and what was expected.
/// </summary>
public class PackCheckTests
{
    [Fact]
    public void The_embedded_report_pack_passes_every_check()
    {
        var pack = IndiaThailandCoProductionReport.Pack;

        pack.DocumentKey.Should().Be(IndiaThailandCoProductionReport.DocumentKey);
        pack.DocumentTitle.Should().BeNull("the report states no title");
        pack.PublishedOn.ToString().Should().Be("2024-12-13");
        pack.FactCount.Should().BeGreaterThan(30);
    }

    public static TheoryData<string, Action<JsonObject>, string, string> BadPacks => new()
    {
        { "a passage not in the text", p => Cite(p, 3)["passage"] = "Amitabh Prasad, the Defence Secretary", "$.facts[3].cite.passage", "does not occur" },
        { "an occurrence past the last", p => Cite(p, 3)["occurrence"] = 2, "$.facts[3].cite", "2 times" },
        { "an unassigned nation code", p => PackEditor.Fact(p, 0)["nation"] = "OB", "$.facts[0].nation", "not an assigned ISO 3166-1 code" },
        { "a malformed nation code", p => PackEditor.Fact(p, 0)["nation"] = "india", "$.facts[0].nation", "ISO 3166-1" },
        { "a reference to no fact", p => PackEditor.Fact(p, 9)["person"] = "nobody", "$.facts[9].person", "no fact of this pack has the id 'nobody'" },
        { "a reference to a later fact", p => PackEditor.Fact(p, 6)["organisation"] = "thaiArmy2", "$.facts[6].organisation", "no fact" },
        { "a reference to the wrong kind of fact", p => PackEditor.Fact(p, 9)["person"] = "jointSecretary", "$.facts[9].person", "'jointSecretary' is a post; expected the id of a person" },
        { "an implied citation without a note", p => Cite(p, 1).Remove("note"), "$.facts[1].cite", "note" },
        { "a note on a stated citation", p => Cite(p, 3)["note"] = "why", "$.facts[3].cite.note", "Implied support only" },
        { "reference support on a news report", p => Cite(p, 3)["support"] = "Reference", "$.facts[3].cite.support", "expected \"Stated\"" },
        { "an unknown support", p => Cite(p, 3)["support"] = "Rumoured", "$.facts[3].cite.support", "\"Stated\", \"Implied\", \"Reference\"" },
        { "a stated value not in its passage", p => PackEditor.Fact(p, 3)["name"] = "Amitabh Kumar Prasad", "$.facts[3].name", "does not occur in its passage" },
        { "a date that is not in the calendar", p => PackEditor.Fact(p, PackEditor.IndexOf(p, "talks"))["heldOn"] = "2024-02-30", "heldOn", "not a real date" },
        { "a date in another format", p => PackEditor.Fact(p, PackEditor.IndexOf(p, "talks"))["heldOn"] = "12/12/2024", "heldOn", "YYYY" },
        { "a property the format does not have", p => PackEditor.Fact(p, 3)["nickname"] = "AP", "$.facts[3]", "nickname" },
        { "a missing required property", p => PackEditor.Fact(p, 0).Remove("kind"), "$.facts[0]", "kind" },
        { "an unknown fact type", p => PackEditor.Fact(p, 3)["type"] = "spy", "$.facts[3].type", "person" },
        { "a claim attributed to a non-statement", p => Cite(p, PackEditor.IndexOf(p, "actWest"))["claimedIn"] = "nageshSingh", "claimedIn", "expected the id of a statement" },
        { "a control character in a name", p => PackEditor.Fact(p, 3)["name"] = "Amitabh\u001bPrasad", "$.facts[3].name", "control character" },
        { "a duplicate id", p => PackEditor.Fact(p, 4)["id"] = "amitabhPrasad", "$.facts[4].id", "already used by $.facts[3]" },
        { "an unknown format version", p => p["version"] = 3, "$.version", "expected one of: 1, 2" },
        { "a wrong SHA-256", p => p["document"]!["sha256"] = new string('0', 64), "$.document.sha256", "the text changed" },
    };

    [Theory]
    [MemberData(nameof(BadPacks))]
    public void A_pack_breaking_a_rule_is_refused_naming_the_problem(string rule, Action<JsonObject> breakIt, string path, string message)
    {
        var pack = PackEditor.Report();
        breakIt(pack);

        var problems = PackEditor.Problems(pack);

        problems.Should().Contain(p => p.Path.Contains(path) && p.Message.Contains(message), $"the pack has {rule}; found: {string.Join(" | ", problems)}");
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var pack = PackEditor.Report();
        Cite(pack, 3)["passage"] = "not in the report";
        PackEditor.Fact(pack, 0)["nation"] = "OB";
        PackEditor.Fact(pack, PackEditor.IndexOf(pack, "talks"))["heldOn"] = "2024-13-01";

        var refusal = FluentActions.Invoking(() => PackEditor.Read(pack)).Should().Throw<FactPackException>().Which;

        refusal.Problems.Select(p => p.Path).Should().Contain(["$.facts[3].cite.passage", "$.facts[0].nation", $"$.facts[{PackEditor.IndexOf(pack, "talks")}].heldOn"]);
        refusal.Message.Should().Contain("edited.json").And.Contain("nothing was stored");
    }

    [Fact]
    public void Text_that_is_not_JSON_is_refused_with_its_position()
    {
        using var json = new MemoryStream("{ \"format\": "u8.ToArray());
        using var text = new MemoryStream("x"u8.ToArray());

        var refusal = FluentActions.Invoking(() => FactPack.Read(json, text, "broken.json")).Should().Throw<FactPackException>().Which;

        refusal.Problems.Should().ContainSingle().Which.Message.Should().Contain("not valid JSON").And.Contain("line 1");
    }

    [Fact]
    public void A_missing_pack_file_is_refused_by_name()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.json");

        var refusal = FluentActions.Invoking(() => FactPack.Load(path)).Should().Throw<FactPackException>().Which;

        refusal.Problems.Should().ContainSingle().Which.Message.Should().Contain(path);
    }

    [Fact]
    public void A_pack_is_loaded_from_a_file_with_its_text_beside_it()
    {
        var directory = Directory.CreateTempSubdirectory("pack-").FullName;
        File.WriteAllText(Path.Combine(directory, "report.json"), PackEditor.Report().ToJsonString());
        File.WriteAllText(Path.Combine(directory, IndiaThailandCoProductionReport.FileName), PackEditor.ReportText);

        var pack = FactPack.Load(Path.Combine(directory, "report.json"));

        pack.ContentSha256.Should().Be(IndiaThailandCoProductionReport.Pack.ContentSha256);
        Directory.Delete(directory, recursive: true);
    }

    private static JsonObject Cite(JsonObject pack, int fact) => PackEditor.Fact(pack, fact)["cite"]!.AsObject();
}
