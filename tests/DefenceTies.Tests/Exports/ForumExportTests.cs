using System.Text.Json;
using System.Xml.Linq;
using DefenceTies.Exports;
using DefenceTies.FactPacks;
using DefenceTies.Model;
using DefenceTies.Tests.FactPacks;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Exports;

/// <summary>
/// Issue 25, point 7: the forums, memberships, roles, body parties, security-issue actors and
/// tensions of the three made-up reports (test-bay-of-bengal-forum-2025,
/// test-bay-of-bengal-working-group, test-sulu-sea-patrols) in each export, as docs/exports.md maps them.
/// </summary>
public class ForumExportTests
{
    private const string Forum = "Bay of Bengal Defence Ministers' Forum";
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task FollowTheMoney_writes_memberships_roles_participants_and_body_parties(DatabaseKind kind)
    {
        await using var database = await ImportedAsync(kind);
        await using var db = database.CreateContext();
        var forum = await ForumIdAsync(db);

        var entities = (await Exported.RunAsync(db, ExportFormat.FollowTheMoney)).Text
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var byId = entities.ToDictionary(e => e.GetProperty("id").GetString()!, StringComparer.Ordinal);
        byId[forum].GetProperty("schema").GetString().Should().Be("Organization", "a forum belongs to no nation");
        Values(byId[forum], "country").Should().BeEmpty();

        var memberships = entities.Where(e => e.GetProperty("schema").GetString() == "Membership" && Is(e, "organization", forum))
            .Select(e => (Member: Values(e, "member").Single(), Role: Values(e, "role").Single(), Start: Values(e, "startDate").SingleOrDefault(), End: Values(e, "endDate").SingleOrDefault()))
            .ToList();
        memberships.Should().BeEquivalentTo(new[]
        {
            ("nation-IND", "member", "2021", (string?)null), ("nation-BGD", "member", "2021", null), ("nation-LKA", "member", "2021", null),
            ("nation-THA", "member", "2021", null), ("nation-MMR", "member", "2022", null),
            ("nation-BGD", "chair", "2025", "2025"), ("nation-THA", "chair", "2026", null),
        });
        (await db.OrganisationMemberships.CountAsync()).Should().Be(memberships.Count);

        // Each membership's primary citation documents its member nation, "evidence for" it.
        var chair = entities.Single(e => e.GetProperty("schema").GetString() == "Membership" && Is(e, "role", "chair") && Is(e, "member", "nation-BGD"));
        Values(chair, "summary").Should().Equal("which Bangladesh chairs for 2025");
        var chairId = chair.GetProperty("id").GetString()!;
        entities.Should().Contain(e => e.GetProperty("schema").GetString() == "Documentation" && Is(e, "entity", "nation-BGD")
            && Values(e, "description").Contains($"evidence for {chairId}"));

        // Working-group members' roles and terms.
        var group = await db.WorkingGroups.Where(g => g.Parent!.Name == Forum).Select(g => g.Id).SingleAsync();
        var india = byId[Ids.WorkingGroupMember(group, "IND")];
        (Values(india, "role").Single(), Values(india, "startDate").Single(), Values(india, "endDate").Single()).Should().Be(("co chair", "2024", "2026"));
        Values(byId[Ids.WorkingGroup(group)], "notes").Should().Contain($"working group of: {forum}");

        // The meeting: the forum and the observer are involved, the host is also the organizer.
        var meeting = await db.Engagements.Where(e => e.Participants.Any()).Select(e => e.Id).SingleAsync();
        Values(byId[Ids.Engagement(meeting)], "involved").Should().Contain([forum, "nation-BGD", "nation-MDV"]);
        Values(byId[Ids.Engagement(meeting)], "organizer").Should().Equal("nation-BGD");

        // The MoU between the forum and Sri Lanka: both are its authority.
        var mou = await db.Agreements.Where(a => a.OrganisationParties.Any()).Select(a => a.Id).SingleAsync();
        Values(byId[Ids.Agreement(mou)], "authority").Should().BeEquivalentTo("nation-LKA", forum);

        // Security-issue actors and tensions have no FtM schema: none is written.
        entities.Should().NotContain(e => e.GetProperty("id").GetString()!.StartsWith("security-issue", StringComparison.Ordinal) || e.GetProperty("id").GetString()!.StartsWith("nation-relation", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Popolo_writes_memberships_of_bodies_with_role_and_term(DatabaseKind kind)
    {
        await using var database = await ImportedAsync(kind);
        await using var db = database.CreateContext();
        var forum = await ForumIdAsync(db);

        var json = JsonDocument.Parse((await Exported.RunAsync(db, ExportFormat.Popolo)).Text).RootElement;
        Exported.Problems(Exported.Popolo, json).Should().BeEmpty();

        var organisation = json.GetProperty("organizations").EnumerateArray().Single(o => o.GetProperty("id").GetString() == forum);
        organisation.TryGetProperty("parent_id", out _).Should().BeFalse("a forum belongs to no nation");

        var memberships = json.GetProperty("memberships").EnumerateArray().Where(m => Text(m, "organization_id") == forum && m.TryGetProperty("member", out _))
            .Select(m => (Type: m.GetProperty("member").GetProperty("@type").GetString(), Member: m.GetProperty("member").GetProperty("id").GetString(), Role: Text(m, "role"), Start: Text(m, "start_date"), End: Text(m, "end_date")))
            .ToList();
        memberships.Should().HaveCount(7).And.Contain(("Organization", "nation-MMR", "member", "2022", null)).And.Contain(("Organization", "nation-THA", "chair", "2026", null));

        var group = await db.WorkingGroups.Where(g => g.Parent!.Name == Forum).Select(g => g.Id).SingleAsync();
        var groupOrganisation = json.GetProperty("organizations").EnumerateArray().Single(o => o.GetProperty("id").GetString() == Ids.WorkingGroup(group));
        Text(groupOrganisation, "parent_id").Should().Be(forum);
        var coChair = json.GetProperty("memberships").EnumerateArray().Single(m => Text(m, "id") == Ids.WorkingGroupMember(group, "THA"));
        (Text(coChair, "role"), Text(coChair, "start_date"), Text(coChair, "end_date")).Should().Be(("co chair", "2024", "2026"));
        var member = json.GetProperty("memberships").EnumerateArray().Single(m => Text(m, "id") == Ids.WorkingGroupMember(group, "BGD"));
        Text(member, "role").Should().Be("member nation");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task GraphML_draws_bodies_without_a_nation_memberships_participants_parties_actors_and_tensions(DatabaseKind kind)
    {
        await using var database = await ImportedAsync(kind);
        await using var db = database.CreateContext();
        var forum = await ForumIdAsync(db);

        var graph = XDocument.Parse((await Exported.RunAsync(db, ExportFormat.GraphML)).Text).Root!.Element(G + "graph")!;
        static Dictionary<string, string> Data(XElement e) => e.Elements(G + "data").ToDictionary(d => (string)d.Attribute("key")!, d => d.Value);
        var nodes = graph.Elements(G + "node").ToDictionary(n => (string)n.Attribute("id")!, Data);
        var edges = graph.Elements(G + "edge").Select(e => (Id: (string)e.Attribute("id")!, Source: (string)e.Attribute("source")!, Target: (string)e.Attribute("target")!, Data: Data(e))).ToList();
        edges.Should().OnlyContain(e => nodes.ContainsKey(e.Source) && nodes.ContainsKey(e.Target));

        nodes[forum]["kind"].Should().Be("body");
        nodes[forum].Should().NotContainKey("nation");

        var memberships = edges.Where(e => e.Data["kind"] == "membership").ToList();
        memberships.Should().HaveCount(await db.OrganisationMemberships.CountAsync()).And.OnlyContain(e => e.Target == forum);
        memberships.Should().ContainSingle(e => e.Source == "nation-BGD" && e.Data["type"] == "chair" && e.Data["start"] == "2025" && e.Data["end"] == "2025");

        var meeting = Ids.Engagement(await db.Engagements.Where(e => e.Participants.Any()).Select(e => e.Id).SingleAsync());
        nodes[meeting]["kind"].Should().Be("engagement");
        edges.Where(e => e.Data["kind"] == "engagement participant").Select(e => (e.Source, e.Target, e.Data["type"], e.Data["start"]))
            .Should().BeEquivalentTo(new[] { (forum, meeting, "participant", "2025-03-13"), ("nation-BGD", meeting, "host", "2025-03-13"), ("nation-MDV", meeting, "observer", "2025-03-13") });

        var party = edges.Single(e => e.Data["kind"] == "agreement party");
        (party.Source, party.Target, party.Data["status"], party.Data["start"]).Should().Be((forum, "nation-LKA", "signed", "2025-03-13"));
        party.Data["passage"].Should().Be("a memorandum of understanding between the forum and Sri Lanka");

        var issue = Ids.SecurityIssue(await db.SecurityIssues.Where(i => i.Name == "maritime militia incidents").Select(i => i.Id).SingleAsync());
        nodes[issue]["kind"].Should().Be("security issue");
        var actors = edges.Where(e => e.Data["kind"] == "security issue actor").ToList();
        actors = [.. actors.Where(e => e.Target == issue)];
        actors.Should().HaveCount(6, "the built-in report's two nations address its own two issues, not this one");
        var militia = Ids.Organisation(await db.Organisations.Where(o => o.Kind == OrganisationKind.MaritimeMilitia).Select(o => o.Id).SingleAsync());
        nodes[militia]["nation"].Should().Be("PHL", "the militia is from the Philippines; the report does not make the state the actor");
        actors.Should().ContainSingle(e => e.Source == militia && e.Data["type"] == "responsible" && e.Data["start"] == "2025-03");
        actors.Should().ContainSingle(e => e.Source.StartsWith("organisation-", StringComparison.Ordinal) && e.Data["type"] == "addressing" && !e.Data.ContainsKey("start"));

        var tension = edges.Single(e => e.Data["kind"] == "tension");
        (tension.Source, tension.Target, tension.Data["start"], tension.Data["symmetric"]).Should().Be(("nation-MYS", "nation-PHL", "2025-03", "true"));
        tension.Id.Should().Be($"{tension.Data["tie"]}-MYS-PHL");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_dyad_year_panel_counts_dated_tensions_and_nation_pairs_only(DatabaseKind kind)
    {
        await using var database = await ImportedAsync(kind);
        await using var db = database.CreateContext();

        var lines = (await Exported.RunAsync(db, ExportFormat.DyadYear)).Text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second)).ToList();

        rows.Should().ContainSingle(r => r["iso3_1"] == "MYS" && r["iso3_2"] == "PHL")
            .Which.Should().Contain(new Dictionary<string, string> { ["year"] = "2025", ["tension"] = "1", ["newest_source_year"] = "2025" });
        rows.Where(r => r["iso3_1"] != "MYS" || r["iso3_2"] != "PHL").Should().OnlyContain(r => r["tension"] == "0");
        rows.Should().OnlyContain(r => r["iso3_1"].Length == 3 && r["iso3_2"].Length == 3, "a forum is no side of a dyad");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_nation_filter_keeps_the_forum_of_a_listed_member_and_names_only_written_ends(DatabaseKind kind)
    {
        await using var database = await ImportedAsync(kind);
        await using var db = database.CreateContext();
        var forum = await ForumIdAsync(db);
        var filter = new ExportFilter { Nations = ["MM"] };

        var entities = (await Exported.RunAsync(db, ExportFormat.FollowTheMoney, filter)).Text
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var ids = entities.Select(e => e.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);
        ids.Should().Contain(forum);
        string[] references = ["member", "organization", "involved", "organizer", "authority", "entity"];
        entities.SelectMany(e => references.SelectMany(p => Values(e, p))).Should().OnlyContain(r => ids.Contains(r));
        entities.Should().Contain(e => e.GetProperty("schema").GetString() == "Membership" && Is(e, "member", "nation-MMR") && Is(e, "organization", forum));

        var graph = XDocument.Parse((await Exported.RunAsync(db, ExportFormat.GraphML, filter)).Text).Root!.Element(G + "graph")!;
        var nodes = graph.Elements(G + "node").Select(n => (string)n.Attribute("id")!).ToHashSet(StringComparer.Ordinal);
        graph.Elements(G + "edge").Should().OnlyContain(e => nodes.Contains((string)e.Attribute("source")!) && nodes.Contains((string)e.Attribute("target")!));
    }

    private static async Task<string> ForumIdAsync(DefenceTiesDbContext db) =>
        Ids.Organisation(await db.Organisations.Where(o => o.Name == Forum).Select(o => o.Id).SingleAsync());

    private static Task<TestDatabase> ImportedAsync(DatabaseKind kind) =>
        TestDatabase.CreateImportedAsync(kind, "test-bay-of-bengal-forum-2025.json", "test-bay-of-bengal-working-group.json", "test-sulu-sea-patrols.json");

    /// <summary>The export ids docs/exports.md gives.</summary>
    private static class Ids
    {
        public static string Organisation(int id) => $"organisation-{id}";

        public static string Engagement(int id) => $"engagement-{id}";

        public static string Agreement(int id) => $"agreement-{id}";

        public static string WorkingGroup(int id) => $"working-group-{id}";

        public static string WorkingGroupMember(int group, string alpha3) => $"working-group-{group}-member-{alpha3}";

        public static string SecurityIssue(int id) => $"security-issue-{id}";
    }

    private static bool Is(JsonElement entity, string property, string value) => Values(entity, property) is [var only] && only == value;

    private static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetString() : null;

    private static List<string> Values(JsonElement entity, string property) =>
        entity.GetProperty("properties").TryGetProperty(property, out var values) ? [.. values.EnumerateArray().Select(v => v.GetString()!)] : [];
}
