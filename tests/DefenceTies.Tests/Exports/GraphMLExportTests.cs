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

        nodes.Should().HaveCount(await db.Nations.CountAsync() + await db.Organisations.CountAsync() + await db.People.CountAsync());
        static int Pairs(int n) => n * (n - 1) / 2;
        var expectedEdges =
            (await db.Agreements.Select(a => a.Parties.Count).ToListAsync()).Sum(Pairs)
            + (await db.MilitaryExercises.Select(x => x.Participants.Count).ToListAsync()).Sum(Pairs)
            + (await db.Engagements.Select(e => e.Delegations.Count).ToListAsync()).Sum(Pairs)
            + await db.DelegationMembers.CountAsync()
            + await db.PostHoldings.CountAsync()
            + await db.PolicyLinks.CountAsync();
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

    private static string? Data(XElement element, string key) =>
        element.Elements(G + "data").SingleOrDefault(d => (string)d.Attribute("key")! == key)?.Value;
}
