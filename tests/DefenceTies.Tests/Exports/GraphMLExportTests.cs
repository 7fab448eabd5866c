using System.Xml.Linq;
using DefenceTies.Exports;
using DefenceTies.Model;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Exports;

/// <summary>
/// The GraphML export of the seeded database, parsed with System.Xml: as many nodes as nations,
/// bodies and people, as many edges as the database's ties give, every edge between declared
/// nodes, and each edge's evidence equal to its fact's citation.
/// </summary>
public class GraphMLExportTests
{
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Node_and_edge_counts_equal_the_database(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var (text, records) = await Exported.RunAsync(db, ExportFormat.GraphML);
        var graph = XDocument.Parse(text).Root!.Element(G + "graph")!;
        var nodes = graph.Elements(G + "node").ToList();
        var edges = graph.Elements(G + "edge").ToList();

        nodes.Should().HaveCount(await db.Nations.CountAsync() + await db.Organisations.CountAsync() + await db.People.CountAsync()
            + await db.SecurityIssues.CountAsync() + await db.Engagements.CountAsync(e => e.Participants.Any()));
        static int Pairs(int n) => n * (n - 1) / 2;
        var expectedEdges =
            (await db.Agreements.Select(a => a.Parties.Count).ToListAsync()).Sum(Pairs)
            + (await db.MilitaryExercises.Select(x => x.Participants.Count).ToListAsync()).Sum(Pairs)
            + (await db.Engagements.Select(e => e.Delegations.Count).ToListAsync()).Sum(Pairs)
            + await db.DelegationMembers.CountAsync()
            + await db.PostHoldings.CountAsync()
            + await db.PolicyLinks.CountAsync()
            + await db.OrganisationMemberships.CountAsync()
            + await db.EngagementParticipants.CountAsync()
            + (await db.AgreementOrganisationParties.Select(p => p.Agreement.Parties.Count + p.Agreement.OrganisationParties.Count - 1).ToListAsync()).Sum()
            + await db.SecurityIssueActors.CountAsync()
            + await db.NationRelations.CountAsync(r => r.Kind == NationRelationKind.Tension);
        edges.Should().HaveCount(expectedEdges);
        (nodes.Count + edges.Count).Should().Be((int)records);

        var nodeIds = nodes.Select(n => (string)n.Attribute("id")!).ToList();
        nodeIds.Should().OnlyHaveUniqueItems();
        edges.Select(e => (string)e.Attribute("id")!).Should().OnlyHaveUniqueItems();
        var known = nodeIds.ToHashSet(StringComparer.Ordinal);
        edges.Should().OnlyContain(e => known.Contains((string)e.Attribute("source")!) && known.Contains((string)e.Attribute("target")!));

        // networkx refuses a graph whose edges override its edge default.
        ((string)graph.Attribute("edgedefault")!).Should().Be("directed");
        edges.Should().OnlyContain(e => e.Attribute("directed") == null);

        var declared = XDocument.Parse(text).Root!.Elements(G + "key").Select(k => (string)k.Attribute("id")!).ToHashSet();
        graph.Descendants(G + "data").Should().OnlyContain(d => declared.Contains((string)d.Attribute("key")!));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Agreement_edges_carry_dates_support_and_citation(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var graph = XDocument.Parse((await Exported.RunAsync(db, ExportFormat.GraphML)).Text).Root!.Element(G + "graph")!;
        var agreements = await db.Agreements.Select(a => new
        {
            Tie = "agreement-" + a.Id,
            Start = a.EnteredIntoForceOn ?? a.ConcludedOn,
            a.Citation.Passage,
            a.Citation.Support,
            a.Citation.Note,
            Document = a.Citation.SourceDocument.Key,
        }).ToListAsync();

        agreements.Should().NotBeEmpty();
        foreach (var a in agreements)
        {
            var edges = graph.Elements(G + "edge").Where(e => Data(e, "tie") == a.Tie).ToList();
            edges.Should().NotBeEmpty(a.Tie);
            foreach (var edge in edges)
            {
                Data(edge, "kind").Should().Be("agreement");
                Data(edge, "start").Should().Be(a.Start?.ToString());
                Data(edge, "passage").Should().Be(a.Passage);
                Data(edge, "support").Should().Be(a.Support.ToString());
                Data(edge, "note").Should().Be(a.Note);
                Data(edge, "document").Should().Be(a.Document);
            }
        }

        var implied = await db.Agreements.CountAsync(a => a.Citation.Support == SupportKind.Implied);
        graph.Elements(G + "edge").Where(e => Data(e, "kind") == "agreement" && Data(e, "support") == "Implied").Select(e => Data(e, "tie")).Distinct()
            .Should().HaveCount(implied);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_value_cited_on_its_own_names_its_support_note_and_passage_on_its_edge(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var (agreementId, holdingId) = await PlantedValueCitations.PlantAsync(db);

        var root = XDocument.Parse((await Exported.RunAsync(db, ExportFormat.GraphML)).Text).Root!;
        var graph = root.Element(G + "graph")!;

        root.Elements(G + "key").Select(k => (string)k.Attribute("id")!).Where(id => id.StartsWith("value_", StringComparison.Ordinal)).Should().BeEquivalentTo(
            ["value_concluded_on_support", "value_concluded_on_note", "value_concluded_on_passage", "value_post_support", "value_post_note", "value_post_passage", "value_significance_support", "value_significance_note", "value_significance_passage"],
            "a key per attribute of each property some drawn fact cites on its own (the two planted, and the decision's significance the report cites apart), and no more");
        var mou = graph.Elements(G + "edge").Where(e => Data(e, "tie") == $"agreement-{agreementId}").ToList();
        mou.Should().NotBeEmpty().And.OnlyContain(e => Data(e, "value_concluded_on_support") == "Stated"
            && Data(e, "value_concluded_on_passage") == PlantedValueCitations.DatePassage
            && Data(e, "value_concluded_on_note") == null
            && Data(e, "support") == "Stated");
        var holding = graph.Elements(G + "edge").Single(e => Data(e, "tie") == $"post-holding-{holdingId}");
        Data(holding, "value_post_support").Should().Be("Implied");
        Data(holding, "value_post_note").Should().Be(PlantedValueCitations.PostNote);
        Data(holding, "value_post_passage").Should().Be(PlantedValueCitations.PostPassage);
        var decision = await db.Agreements.Where(a => a.Kind == AgreementKind.DecisionToEstablish).Select(a => a.Id).SingleAsync();
        graph.Elements(G + "edge").Where(e => Data(e, "tie") == $"agreement-{decision}").Should().OnlyContain(e => Data(e, "value_significance_support") == "Implied", "the report cites the decision's significance apart");
        graph.Elements(G + "edge").Where(e => Data(e, "tie") != $"agreement-{agreementId}" && Data(e, "tie") != $"post-holding-{holdingId}" && Data(e, "tie") != $"agreement-{decision}")
            .SelectMany(e => e.Elements(G + "data")).Should().NotContain(d => ((string)d.Attribute("key")!).StartsWith("value_", StringComparison.Ordinal));
    }

    private static string? Data(XElement element, string key) =>
        element.Elements(G + "data").SingleOrDefault(d => (string)d.Attribute("key")! == key)?.Value;
}
