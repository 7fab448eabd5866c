using System.Text.Json;
using System.Text.Json.Nodes;
using DefenceTies.Exports;

namespace DefenceTies.Tests.Exports.Conformance;

/// <summary>
/// The Popolo export of the built-in report plus every fixture pack, judged by our restatement of
/// Popolo's JSON Schemas and the specification's rules on references (<see cref="PopoloRules"/>,
/// each naming the spec file and commit it was read from): kept whole, and each rule shown to
/// catch a deliberately broken document. No package its users install ships the Popolo schemas,
/// so this is the one format not read by its users' own tools.
/// </summary>
[Trait(TestTier.Name, TestTier.Conformance)]
public class PopoloConformanceTests
{
    [Fact]
    public async Task The_export_keeps_the_schema_and_every_rule_of_the_specification()
    {
        var exports = await ConformanceExports.GetAsync();
        var root = JsonDocument.Parse(exports.Sqlite[ExportFormat.Popolo]).RootElement;

        PopoloRules.Problems(root).Should().BeEmpty();

        // The rules had something to judge: every kind of reference the export writes is present.
        var memberships = root.GetProperty("memberships").EnumerateArray().ToList();
        memberships.Any(m => m.TryGetProperty("post_id", out _) && m.GetProperty("id").GetString()!.StartsWith("post-holding-", StringComparison.Ordinal)).Should().BeTrue("post holdings name their post");
        memberships.Any(m => m.TryGetProperty("member", out _)).Should().BeTrue("working-group members are organizations");
        memberships.Any(m => m.GetProperty("id").GetString()!.StartsWith("delegation-member-", StringComparison.Ordinal)).Should().BeTrue("delegation seats are memberships");
        root.GetProperty("events").EnumerateArray().Any(e => e.TryGetProperty("attendees", out var a) && a.GetArrayLength() > 0).Should().BeTrue("engagements name their attendees");
        root.GetProperty("organizations").EnumerateArray().Any(o => o.TryGetProperty("parent_id", out _)).Should().BeTrue("bodies name their nation");
    }

    // Each rule with the ways the theory below breaks it.
    private static readonly (string Rule, string Breakage)[] Broken =
    [
        (PopoloRules.Schema, "a person carries a property Popolo does not define"),
        (PopoloRules.UniqueId, "a person is listed twice"),
        (PopoloRules.Reference, "a membership names a person the document does not hold"),
        (PopoloRules.Reference, "an event's attendee is an organization"),
        (PopoloRules.Reference, "a body's parent is a post"),
        (PopoloRules.Reference, "a member object names an organization as a person"),
        (PopoloRules.MembershipParties, "a membership names no organization"),
        (PopoloRules.MembershipParties, "a membership names no member"),
        (PopoloRules.PostOrganization, "a post names no organization"),
        (PopoloRules.MembershipPost, "a post holding names the nation as its organization but a body's post"),
        (PopoloRules.PostHolder, "an organization holds a post"),
    ];

    public static TheoryData<string, string> Breakages => new(Broken);

    [Fact]
    public void Every_rule_has_a_test_that_breaks_it() =>
        Broken.Select(b => b.Rule).Distinct().Should().BeEquivalentTo(PopoloRules.Rules);

    [Theory]
    [MemberData(nameof(Breakages))]
    public async Task Each_rule_catches_a_deliberately_broken_document(string rule, string breakage)
    {
        var exports = await ConformanceExports.GetAsync();
        var root = JsonNode.Parse(exports.Sqlite[ExportFormat.Popolo])!.AsObject();
        var persons = root["persons"]!.AsArray();
        var organizations = root["organizations"]!.AsArray();
        var posts = root["posts"]!.AsArray();
        var memberships = root["memberships"]!.AsArray();
        var events = root["events"]!.AsArray();
        static string Id(JsonNode? o) => (string)o!["id"]!;
        static bool Starts(string? id, string prefix) => id?.StartsWith(prefix, StringComparison.Ordinal) == true;
        JsonObject HoldingInABody() => memberships.First(m => Starts(Id(m), "post-holding-") && Starts((string?)m!["organization_id"], "organisation-"))!.AsObject();

        // The object the rule must report: "collection[index]" is where the problem is said to be.
        JsonObject broken;
        switch (breakage)
        {
            case "a person carries a property Popolo does not define":
                broken = persons[0]!.AsObject();
                broken["rank"] = "General";
                break;
            case "a person is listed twice":
                broken = persons[0]!.DeepClone().AsObject();
                persons.Add((JsonNode)broken);
                break;
            case "a membership names a person the document does not hold":
                broken = HoldingInABody();
                broken["person_id"] = "person-999999";
                break;
            case "an event's attendee is an organization":
                broken = events.First(e => e!["attendees"] is JsonArray { Count: > 0 })!.AsObject();
                broken["attendees"]![0]!["id"] = Id(organizations[0]);
                break;
            case "a body's parent is a post":
                broken = organizations.First(o => Starts(Id(o), "organisation-"))!.AsObject();
                broken["parent_id"] = Id(posts[0]);
                break;
            case "a member object names an organization as a person":
                broken = memberships.First(m => m!["member"] is not null)!.AsObject();
                broken["member"]!["@type"] = "Person";
                break;
            case "a membership names no organization":
                broken = memberships.First(m => m!["member"] is not null)!.AsObject();
                broken.Remove("organization_id");
                break;
            case "a membership names no member":
                broken = memberships.First(m => m!["member"] is not null)!.AsObject();
                broken.Remove("member");
                break;
            case "a post names no organization":
                broken = posts[0]!.AsObject();
                broken.Remove("organization_id");
                break;
            case "a post holding names the nation as its organization but a body's post":
                // The shape delegation seats had before issue 23: the nation, with a ministry's post.
                broken = HoldingInABody();
                var body = organizations.First(o => Id(o) == (string)broken["organization_id"]!)!;
                broken["organization_id"] = (string)body["parent_id"]!;
                break;
            case "an organization holds a post":
                broken = HoldingInABody();
                broken.Remove("person_id");
                broken["member"] = new JsonObject { ["@type"] = "Organization", ["id"] = Id(organizations[0]) };
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(breakage), breakage, "no such breakage");
        }

        var collection = root.First(c => c.Value is JsonArray a && a.Contains(broken));
        var index = collection.Value!.AsArray().IndexOf(broken);
        var problems = PopoloRules.Problems(JsonDocument.Parse(root.ToJsonString()).RootElement);

        problems.Should().NotBeEmpty($"the rules must catch it when {breakage}");
        problems.Should().OnlyContain(p => p.StartsWith(rule + ": ", StringComparison.Ordinal), $"{breakage} breaks {rule} and no other rule");
        var place = rule == PopoloRules.Schema ? $"/{collection.Key}/{index}" : $"{collection.Key}[{index}]";
        problems.Should().Contain(p => p.Contains(place, StringComparison.Ordinal), $"the problem is said to be where the document was broken ({breakage})");
    }
}
