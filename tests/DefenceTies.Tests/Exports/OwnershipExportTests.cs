using System.Text.Json;
using System.Xml.Linq;
using DefenceTies.Exports;
using DefenceTies.Model;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Exports;

/// <summary>
/// Ownerships with exact shares and agreement signatories of the made-up missile joint-venture
/// report (test-missile-joint-venture-2026) in each export, as docs/exports.md maps them. The
/// report is imported once per database kind (<see cref="MissileJointVentureDatabases"/>): every
/// test here only exports.
/// </summary>
public class OwnershipExportTests(MissileJointVentureDatabases databases) : IClassFixture<MissileJointVentureDatabases>
{
    private const string JointVenture = "Atlanvia Perisai Missiles";
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task FollowTheMoney_writes_ownerships_with_exact_percentages_and_signatories_with_their_provenance(DatabaseKind kind)
    {
        await using var db = (await databases.GetAsync(kind)).CreateContext();
        var ids = await IdsAsync(db);

        var entities = Lines((await Exported.RunAsync(db, ExportFormat.FollowTheMoney)).Text);
        var ownerships = entities.Where(e => Schema(e) == "Ownership").ToList();
        ownerships.Select(e => (Owner: Values(e, "owner").Single(), Asset: Values(e, "asset").Single(), Percentage: Values(e, "percentage").Single()))
            .Should().BeEquivalentTo(new[]
            {
                (ids.Atlanvia, ids.JointVenture, "50.5"),
                (ids.Perisai, ids.JointVenture, "49.5"),
                ("nation-MYS", ids.Perisai, "100"),
            });
        (await db.Ownerships.CountAsync()).Should().Be(ownerships.Count);

        // The stake carries its passage as an interval does; its citation documents the owner, "evidence for" it.
        var stake = ownerships.Single(e => Is(e, "owner", ids.Atlanvia));
        Values(stake, "summary").Should().Equal("Atlanvia Systems holds 50.5 per cent of the new company");
        Values(stake, "description").Should().Equal("Stated");
        Values(stake, "recordId").Single().Should().StartWith("urn:defenceties:document:test%2Fmissile-joint-venture-2026-03#char=");
        var stakeId = Id(stake);
        entities.Should().ContainSingle(e => Schema(e) == "Documentation" && Is(e, "entity", ids.Atlanvia) && Is(e, "status", "primary")
            && Values(e, "description").Contains($"evidence for {stakeId}"));

        // "Wholly owned", read as 100: the share's own Implied citation, as a value Documentation of the owner.
        var wholly = Id(ownerships.Single(e => Is(e, "owner", "nation-MYS")));
        entities.Should().ContainSingle(e => Schema(e) == "Documentation" && Is(e, "status", "value") && Is(e, "entity", "nation-MYS"))
            .Which.Should().Match<JsonElement>(e => Values(e, "summary").Single() == "is wholly owned by the government of Malaysia"
                && Values(e, "description").Contains($"value Share of {wholly}: Implied: The report says \"wholly owned\", read as a share of 100 per cent."));

        // Signatories: an UnknownLink to the agreement with the role; a Representation of the nation signed for.
        var links = entities.Where(e => Schema(e) == "UnknownLink").ToList();
        links.Select(e => (Subject: Values(e, "subject").Single(), Object: Values(e, "object").Single(), Role: Values(e, "role").Single()))
            .Should().BeEquivalentTo(new[]
            {
                (ids.LisbonAgency, ids.Mou, "signatory"),
                (ids.MalaysianAgency, ids.Mou, "signatory"),
                (ids.Atlanvia, ids.Mou, "witness"),
            });
        entities.Where(e => Schema(e) == "Representation")
            .Select(e => (Agent: Values(e, "agent").Single(), Client: Values(e, "client").Single(), Role: Values(e, "role").Single()))
            .Should().BeEquivalentTo(new[]
            {
                (ids.LisbonAgency, "nation-PRT", $"signatory of {ids.Mou}"),
                (ids.MalaysianAgency, "nation-MYS", $"signatory of {ids.Mou}"),
            }, "the witness signed on behalf of no nation");
        var witness = links.Single(e => Is(e, "role", "witness"));
        Values(witness, "summary").Should().Equal("Officials of Atlanvia Systems witnessed the signing.");
        var witnessId = Id(witness);
        entities.Should().ContainSingle(e => Schema(e) == "Documentation" && Is(e, "entity", ids.Atlanvia) && Values(e, "description").Contains($"evidence for {witnessId}"));

        // Ids are unique, and every reference names an entity of the file.
        entities.Select(Id).Should().OnlyHaveUniqueItems();
        References(entities).Should().BeSubsetOf(entities.Select(Id));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Popolo_leaves_out_ownerships_and_signatories_which_it_has_no_class_for(DatabaseKind kind)
    {
        await using var db = (await databases.GetAsync(kind)).CreateContext();

        var text = (await Exported.RunAsync(db, ExportFormat.Popolo)).Text;
        var json = JsonDocument.Parse(text).RootElement;
        Exported.Problems(Exported.Popolo, json).Should().BeEmpty();

        text.Should().NotContain("\"ownership-").And.NotContain("\"agreement-signatory-");
        json.GetProperty("organizations").EnumerateArray().Select(o => o.TryGetProperty("name", out var n) ? n.GetString() : null).Should().Contain(JointVenture, "the owned bodies are organizations still");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task GraphML_draws_owner_to_company_edges_with_the_share_and_signatory_edges_to_the_agreement(DatabaseKind kind)
    {
        await using var db = (await databases.GetAsync(kind)).CreateContext();
        var ids = await IdsAsync(db);

        var document = XDocument.Parse((await Exported.RunAsync(db, ExportFormat.GraphML)).Text);
        document.Root!.Elements(G + "key").Should().Contain(k => (string?)k.Attribute("id") == "share" && (string?)k.Attribute("attr.type") == "string" && (string?)k.Attribute("for") == "edge");
        var (nodes, edges) = Graph(document);
        edges.Should().OnlyContain(e => nodes.ContainsKey(e.Source) && nodes.ContainsKey(e.Target));

        var ownerships = edges.Where(e => e.Data["kind"] == "ownership").ToList();
        ownerships.Select(e => (e.Source, e.Target, e.Data["share"], e.Data["symmetric"])).Should().BeEquivalentTo(new[]
        {
            (ids.Atlanvia, ids.JointVenture, "50.5", "false"),
            (ids.Perisai, ids.JointVenture, "49.5", "false"),
            ("nation-MYS", ids.Perisai, "100", "false"),
        });
        ownerships.Should().OnlyContain(e => e.Id == e.Data["tie"] && e.Data["tie"].StartsWith("ownership-", StringComparison.Ordinal));
        var wholly = ownerships.Single(e => e.Source == "nation-MYS").Data;
        (wholly["passage"], wholly["value_share_support"], wholly["value_share_passage"]).Should().Be(
            ("Perisai Dynamics, a state-owned enterprise, is wholly owned by the government of Malaysia", "Implied", "is wholly owned by the government of Malaysia"));

        nodes[ids.Mou].Should().Contain(new Dictionary<string, string> { ["kind"] = "agreement", ["type"] = "memorandum of understanding" });
        edges.Where(e => e.Data["kind"] == "signatory")
            .Select(e => (e.Source, e.Target, e.Data["type"], e.Data.GetValueOrDefault("on_behalf_of"), e.Data["agreement"], e.Data["start"]))
            .Should().BeEquivalentTo(new[]
            {
                (ids.LisbonAgency, ids.Mou, "signatory", (string?)"nation-PRT", ids.Mou, "2026-03-05"),
                (ids.MalaysianAgency, ids.Mou, "signatory", "nation-MYS", ids.Mou, "2026-03-05"),
                (ids.Atlanvia, ids.Mou, "witness", null, ids.Mou, "2026-03-05"),
            });
        edges.Single(e => e.Data["kind"] == "signatory" && e.Data["type"] == "witness").Data["passage"].Should().Be("Officials of Atlanvia Systems witnessed the signing.");

        // The parties stay edges between the two nations.
        edges.Should().ContainSingle(e => e.Data["kind"] == "agreement" && e.Data["tie"] == ids.Mou && e.Source == "nation-MYS" && e.Target == "nation-PRT");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_nation_filter_keeps_the_owned_bodies_in_scope_and_names_only_written_ends(DatabaseKind kind)
    {
        await using var db = (await databases.GetAsync(kind)).CreateContext();
        var ids = await IdsAsync(db);
        var malaysia = new ExportFilter { Nations = ["MY"] };

        // The joint venture, registered nowhere, is kept through its Malaysian owner; Portugal's firm
        // and agency are not, so their stake and signatures are left out with them.
        var entities = Lines((await Exported.RunAsync(db, ExportFormat.FollowTheMoney, malaysia)).Text);
        var written = entities.Select(Id).ToHashSet(StringComparer.Ordinal);
        written.Should().Contain([ids.JointVenture, ids.Perisai, ids.MalaysianAgency, ids.Mou]).And.NotContain([ids.Atlanvia, ids.LisbonAgency]);
        entities.Where(e => Schema(e) == "Ownership").Select(e => (Values(e, "owner").Single(), Values(e, "asset").Single()))
            .Should().BeEquivalentTo(new[] { (ids.Perisai, ids.JointVenture), ("nation-MYS", ids.Perisai) });
        entities.Where(e => Schema(e) == "UnknownLink").Select(e => Values(e, "subject").Single()).Should().Equal(ids.MalaysianAgency);
        References(entities).Should().BeSubsetOf(written);

        var (nodes, edges) = Graph(XDocument.Parse((await Exported.RunAsync(db, ExportFormat.GraphML, malaysia)).Text));
        edges.Should().OnlyContain(e => nodes.ContainsKey(e.Source) && nodes.ContainsKey(e.Target));
        edges.Where(e => e.Data["kind"] is "ownership" or "signatory").Select(e => (e.Source, e.Target))
            .Should().BeEquivalentTo(new[] { (ids.Perisai, ids.JointVenture), ("nation-MYS", ids.Perisai), (ids.MalaysianAgency, ids.Mou) });

        // A nation with no tie to them keeps none; a range leaves out the undated ownerships and keeps the agreement's signatories.
        var france = Lines((await Exported.RunAsync(db, ExportFormat.FollowTheMoney, new ExportFilter { Nations = ["FR"] })).Text);
        france.Should().NotContain(e => Schema(e) == "Ownership" || Schema(e) == "UnknownLink" || Schema(e) == "Representation");
        var range = Lines((await Exported.RunAsync(db, ExportFormat.FollowTheMoney, new ExportFilter { From = PartialDate.FromYear(2026), To = PartialDate.FromYear(2026) })).Text);
        range.Should().NotContain(e => Schema(e) == "Ownership", "no ownership of the report has a start date");
        range.Where(e => Schema(e) == "UnknownLink").Should().HaveCount(3);
    }

    /// <summary>The export ids docs/exports.md gives for the report's facts.</summary>
    private sealed record Ids(string JointVenture, string Atlanvia, string Perisai, string LisbonAgency, string MalaysianAgency, string Mou);

    private static async Task<Ids> IdsAsync(DefenceTiesDbContext db)
    {
        var bodies = await db.Organisations.Where(o => o.Name != null).ToDictionaryAsync(o => o.Name!, o => $"organisation-{o.Id}");
        var mou = await db.Agreements.Where(a => a.Subject == "missile research").Select(a => a.Id).SingleAsync();
        return new Ids(bodies[JointVenture], bodies["Atlanvia Systems"], bodies["Perisai Dynamics"], bodies["Defence Research Directorate"], bodies["Defence Science Institute"], $"agreement-{mou}");
    }

    private static (Dictionary<string, Dictionary<string, string>> Nodes, List<(string Id, string Source, string Target, Dictionary<string, string> Data)> Edges) Graph(XDocument document)
    {
        var graph = document.Root!.Element(G + "graph")!;
        static Dictionary<string, string> Data(XElement e) => e.Elements(G + "data").ToDictionary(d => (string)d.Attribute("key")!, d => d.Value);
        return (
            graph.Elements(G + "node").ToDictionary(n => (string)n.Attribute("id")!, Data),
            [.. graph.Elements(G + "edge").Select(e => ((string)e.Attribute("id")!, (string)e.Attribute("source")!, (string)e.Attribute("target")!, Data(e)))]);
    }

    private static List<JsonElement> Lines(string text) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];

    /// <summary>Every value of an entity property the new entities and their evidence use.</summary>
    private static IEnumerable<string> References(List<JsonElement> entities)
    {
        string[] references = ["owner", "asset", "subject", "object", "agent", "client", "entity", "member", "organization", "authority"];
        return entities.SelectMany(e => references.SelectMany(p => Values(e, p)));
    }

    private static string Id(JsonElement entity) => entity.GetProperty("id").GetString()!;

    private static string Schema(JsonElement entity) => entity.GetProperty("schema").GetString()!;

    private static bool Is(JsonElement entity, string property, string value) => Values(entity, property) is [var only] && only == value;

    private static List<string> Values(JsonElement entity, string property) =>
        entity.GetProperty("properties").TryGetProperty(property, out var values) ? [.. values.EnumerateArray().Select(v => v.GetString()!)] : [];
}
