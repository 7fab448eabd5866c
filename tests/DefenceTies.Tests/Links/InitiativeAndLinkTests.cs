using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using DefenceTies.Exports;
using DefenceTies.FactPacks;
using DefenceTies.Model;
using DefenceTies.Querying;
using DefenceTies.Tests.Exports;
using DefenceTies.Tests.FactPacks;
using DefenceTies.Tests.Infrastructure;
using DefenceTies.Verification;
using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace DefenceTies.Tests.Links;

/// <summary>
/// Issue 26, points 5 and 7: initiatives and typed links between facts. The built-in report stores
/// the co-production initiative the joint working group steers (part of India's strategy), what the
/// decision and the group are said to mean, the exchanges, and the relationship under Act East; the
/// made-up pact report adds an agreement concluded under a memorandum and implementing a policy, talks
/// that reviewed it, and a partnership of a named level.
/// </summary>
public class InitiativeAndLinkTests
{
    private const string Pact = "test-defence-pact-ratified-2027.json";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_built_in_report_stores_the_initiative_and_what_it_says_the_facts_mean(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var initiative = await db.Initiatives.Between("in", "TH")
            .Select(i => new
            {
                i.Name,
                Nations = i.Participants.OrderBy(p => p.Nation.Alpha2Code).Select(p => p.Nation.Alpha2Code).ToList(),
                Group = i.SteeringGroup!.Mandate,
                Aim = i.Aim!.Description,
                i.SteeringGroupId,
            })
            .SingleAsync();
        (initiative.Name, initiative.Group, initiative.Aim).Should().Be((
            "co-production of military hardware",
            "effectively steering this initiative",
            "enhance its domestic defence production capabilities while fostering international partnerships"));
        initiative.Nations.Should().Equal("IN", "TH");
        (await db.Initiatives.SteeredBy(initiative.SteeringGroupId!.Value).CountAsync()).Should().Be(1);
        (await db.Initiatives.Involving("VN").CountAsync()).Should().Be(0);

        (await db.Agreements.Where(a => a.Kind == AgreementKind.DecisionToEstablish).Select(a => a.Significance).SingleAsync())
            .Should().Be("reflects a broader commitment to deepen defence ties");
        (await db.WorkingGroups.Select(g => g.Significance).SingleAsync()).Should().Be("marking a significant step in bilateral defence relations");
        (await db.PolicyLinks.Select(l => l.Significance).SingleAsync()).Should().Be("providing a basis for substantive elevation of bilateral relations");
        (await db.NationRelations.Where(r => r.Kind == NationRelationKind.DefenceRelationship).Select(r => new { Subject = r.Subject.Alpha2Code, Policy = r.Policy!.Name }).ToListAsync())
            .Should().BeEquivalentTo([new { Subject = "IN", Policy = "Act East" }, new { Subject = "TH", Policy = "Act East" }]);
        (await db.NationRelations.CountAsync(r => r.Kind == NationRelationKind.IncreasingExchanges)).Should().Be(2);
        (await db.SecurityIssueActors.Where(a => a.Role == SecurityIssueRole.Addressing).Select(a => a.SecurityIssue.Name + " " + a.Nation!.Alpha2Code).ToListAsync())
            .Should().BeEquivalentTo(["human trafficking IN", "human trafficking TH", "unregulated fishing IN", "unregulated fishing TH"]);

        (await SourceFidelityCheck.CheckAsync(db)).Should().BeEmpty("each new value is stated in its passage, or cited as a reading with a note");
        (await StoredDataCheck.CheckAsync(db)).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_agreement_links_its_framework_and_policy_talks_that_reviewed_it_and_a_partnership_level(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateImportedAsync(kind, Pact);
        await using var db = database.CreateContext();

        var pact = await db.Agreements.Where(a => a.Kind == AgreementKind.Treaty)
            .Select(a => new { a.Id, Framework = a.Framework!.Kind, FrameworkDate = a.Framework.ConcludedOn, Policy = a.Policy!.Name })
            .SingleAsync();
        (pact.Framework, pact.FrameworkDate, pact.Policy).Should().Be((AgreementKind.MemorandumOfUnderstanding, PartialDate.FromYear(2019), "Global Maritime Fulcrum"));
        (await db.EngagementAgreements.Where(a => a.AgreementId == pact.Id).Select(a => new { a.Handling, a.Engagement.HeldOn, Place = a.Engagement.Place!.Name }).SingleAsync())
            .Should().Be(new { Handling = AgreementHandling.Reviewed, HeldOn = PartialDate.Parse("2027-02-01"), Place = "Jakarta" });
        (await db.NationRelations.Between("ID", "CL").Where(r => r.Kind == NationRelationKind.Partnership).Select(r => new { r.Level, r.Date }).Distinct().SingleAsync())
            .Should().Be(new { Level = (string?)"Comprehensive Partnership", Date = (PartialDate?)PartialDate.Parse("2027-02-01") });

        (await SourceFidelityCheck.CheckAsync(db)).Should().BeEmpty();
        (await StoredDataCheck.CheckAsync(db)).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Databases.Engines), MemberType = typeof(Databases))]
    public async Task The_exports_write_the_initiative_the_links_and_the_partnership(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using (var import = database.CreateContext())
        {
            await import.ImportFactPackAsync(await FactPack.LoadAsync(FactPackImportTests.PackPath(Pact)));
        }

        await using var db = database.CreateContext();
        var entities = (await Exported.RunAsync(db, ExportFormat.FollowTheMoney)).Text
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        string[] Values(JsonElement e, string property) =>
            e.GetProperty("properties").TryGetProperty(property, out var values) ? [.. values.EnumerateArray().Select(v => v.GetString()!)] : [];

        var project = entities.Single(e => e.GetProperty("schema").GetString() == "Project");
        Values(project, "name").Should().Equal("co-production of military hardware");
        Values(project, "goal").Should().Equal("enhance its domestic defence production capabilities while fostering international partnerships");
        var group = await db.WorkingGroups.Select(g => g.Id).SingleAsync();
        Values(project, "notes").Should().Equal($"steered by: working-group-{group}");
        entities.Where(e => e.GetProperty("schema").GetString() == "ProjectParticipant").SelectMany(e => Values(e, "participant"))
            .Should().BeEquivalentTo(["nation-IND", "nation-THA"]);

        var pact = await db.Agreements.Where(a => a.Kind == AgreementKind.Treaty).Select(a => new { a.Id, a.FrameworkId }).SingleAsync();
        var contract = entities.Single(e => e.GetProperty("id").GetString() == $"agreement-{pact.Id}");
        Values(contract, "notes").Should().Contain([$"implements the framework agreement: agreement-{pact.FrameworkId!.Value}", "implements the policy: Global Maritime Fulcrum"]);
        var talks = await db.EngagementAgreements.Select(a => a.EngagementId).SingleAsync();
        Values(entities.Single(e => e.GetProperty("id").GetString() == $"engagement-{talks}"), "notes").Should().Contain($"reviewed: agreement-{pact.Id}");

        var graph = XDocument.Parse((await Exported.RunAsync(db, ExportFormat.GraphML)).Text);
        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        var keys = graph.Descendants(g + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("attr.name")!);
        var partnerships = graph.Descendants(g + "edge")
            .Select(e => e.Elements(g + "data").ToDictionary(d => keys[(string)d.Attribute("key")!], d => d.Value))
            .Where(d => d["kind"] == "partnership").ToList();
        partnerships.Should().HaveCount(2, "the report states the partnership of each nation with the other");
        partnerships.Should().OnlyContain(d => d["level"] == "Comprehensive Partnership" && d["start"] == "2027-02-01");
    }

    [Theory]
    [MemberData(nameof(Databases.Engines), MemberType = typeof(Databases))]
    public async Task Another_reports_handling_is_a_claim_and_a_new_level_is_a_second_partnership(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateImportedAsync(kind, Pact);
        await using var db = database.CreateContext();

        // Another report (made up) says the talks only discussed the pact, and calls the partnership strategic.
        var other = FactPackImportTests.Edited(Pact, p =>
        {
            p["document"]!["key"] = "test/defence-pact-ratified-2027-02-other";
            foreach (var fact in p["facts"]!.AsArray().Select(f => f!.AsObject()))
            {
                if ((string?)fact["type"] is "agreement" or "engagement")
                {
                    fact["corroborates"] = true;
                }

                if ((string?)fact["kind"] == "Partnership")
                {
                    fact["level"] = "Strategic Partnership";
                }

                if ((string?)fact["id"] == "ministersTalks")
                {
                    fact["agreements"]![0]!["handling"] = "Discussed";
                }
            }
        }, text => text.Replace("reviewed the pact's implementation", "discussed the pact's implementation", StringComparison.Ordinal).Replace("to a Comprehensive Partnership", "to a Strategic Partnership", StringComparison.Ordinal));
        await db.ImportFactPackAsync(other);

        await using var check = database.CreateContext();
        var link = await check.EngagementAgreements.Include(a => a.ValueCitations).ThenInclude(v => v.Citation).SingleAsync();
        link.Handling.Should().Be(AgreementHandling.Reviewed, "the first stored value stays preferred, never overwritten");
        link.ValueCitations.Where(v => v.IsCompeting).Select(v => (v.Property, v.ClaimedValue)).Should().Equal((nameof(EngagementAgreement.Handling), (string?)"Discussed"));
        (await check.NationRelations.Where(r => r.Kind == NationRelationKind.Partnership && r.Subject.Alpha2Code == "ID").Select(r => r.Level).ToListAsync())
            .Should().BeEquivalentTo(["Comprehensive Partnership", "Strategic Partnership"], "another level is another relation, each dated by its own report");
        (await SourceFidelityCheck.CheckAsync(check)).Should().BeEmpty();
        (await StoredDataCheck.CheckAsync(check)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("partnership-without-level", "$.facts[", "names its level")]
    [InlineData("level-on-another-kind", "$.facts[", "only a partnership has a level")]
    public async Task Bad_links_are_refused_by_name_and_nothing_is_stored(string bad, string path, string message)
    {
        await using var database = await TestDatabase.CreateSeededAsync(DatabaseKind.SqliteInMemory);
        await using var db = database.CreateContext();
        var before = await RowCounts.OfAsync(db);
        Action<JsonObject> edit = bad switch
        {
            "partnership-without-level" => p => Fact(p, "indonesiaPartnershipWithChile").Remove("level"),
            "level-on-another-kind" => p => Fact(p, "indonesiaPartnershipWithChile")["kind"] = "ValuedPartner",
            _ => throw new ArgumentOutOfRangeException(nameof(bad)),
        };

        var refusal = (await FluentActions.Awaiting(() => db.ImportFactPackAsync(FactPackImportTests.Edited(Pact, edit))).Should().ThrowAsync<FactPackException>()).Which;

        refusal.Problems.Should().Contain(p => p.Path.StartsWith(path, StringComparison.Ordinal) && p.Message.Contains(message, StringComparison.Ordinal), string.Join(" | ", refusal.Problems));
        (await RowCounts.OfAsync(db)).Should().Equal(before, "a refused pack stores nothing");
    }

    [Fact]
    public async Task A_restated_agreement_under_another_framework_is_refused_naming_the_known_one()
    {
        await using var database = await TestDatabase.CreateImportedAsync(DatabaseKind.SqliteInMemory, Pact);
        await using var db = database.CreateContext();
        var before = await RowCounts.OfAsync(db);

        // Another report (made up) restates the pact, but under a memorandum of 2018.
        var other = FactPackImportTests.Edited(Pact, p =>
        {
            p["document"]!["key"] = "test/defence-pact-ratified-2027-02-framework";
            foreach (var fact in p["facts"]!.AsArray().Select(f => f!.AsObject()).Where(f => (string?)f["type"] is "agreement" or "engagement"))
            {
                fact["corroborates"] = (string?)fact["id"] != "memorandum2019";
            }

            Fact(p, "memorandum2019")["concludedOn"] = "2018";
        }, text => text.Replace("the 2019 memorandum", "the 2018 memorandum", StringComparison.Ordinal));

        var refusal = (await FluentActions.Awaiting(() => db.ImportFactPackAsync(other)).Should().ThrowAsync<FactPackException>()).Which;
        refusal.Problems.Should().Contain(p => p.Path.EndsWith(".framework", StringComparison.Ordinal) && p.Message.Contains("expected that one, or none", StringComparison.Ordinal), string.Join(" | ", refusal.Problems));
        (await RowCounts.OfAsync(db)).Should().Equal(before, "a refused pack stores nothing");
    }

    private static JsonObject Fact(JsonObject pack, string id) => pack["facts"]!.AsArray().Select(f => f!.AsObject()).Single(f => (string?)f["id"] == id);
}
