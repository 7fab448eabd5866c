using System.Xml.Linq;
using DefenceTies.Exports;
using DefenceTies.Model;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Exports;

/// <summary>The export filter: nations by ISO code, ties by date range, and bad filters refused before anything is written.</summary>
public class ExportFilterTests
{
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_nation_filter_keeps_that_nation_its_partners_and_their_ties(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var graph = XDocument.Parse((await Exported.RunAsync(db, ExportFormat.GraphML, new ExportFilter { Nations = ["TH"] })).Text).Root!.Element(G + "graph")!;

        var partners = await db.Agreements.Where(a => a.Parties.Any(p => p.Nation.Alpha2Code == "TH")).SelectMany(a => a.Parties.Select(p => p.Nation.Alpha3Code))
            .Union(db.Engagements.Where(e => e.Delegations.Any(d => d.Nation.Alpha2Code == "TH")).SelectMany(e => e.Delegations.Select(d => d.Nation.Alpha3Code)))
            .Union(db.MilitaryExercises.Where(x => x.Participants.Any(p => p.Nation.Alpha2Code == "TH")).SelectMany(x => x.Participants.Select(p => p.Nation.Alpha3Code)))
            .Union(db.WorkingGroups.Where(g => g.Members.Any(m => m.Nation.Alpha2Code == "TH")).SelectMany(g => g.Members.Select(m => m.Nation.Alpha3Code)))
            .Union(db.PolicyLinks.Where(l => l.From.Nation.Alpha2Code == "TH" || l.To.Nation.Alpha2Code == "TH").Select(l => l.From.Nation.Alpha3Code))
            .Union(db.PolicyLinks.Where(l => l.From.Nation.Alpha2Code == "TH" || l.To.Nation.Alpha2Code == "TH").Select(l => l.To.Nation.Alpha3Code))
            .ToListAsync();
        graph.Elements(G + "node").Where(n => ((string)n.Attribute("id")!).StartsWith("nation-", StringComparison.Ordinal)).Select(n => (string)n.Attribute("id")!)
            .Should().BeEquivalentTo(partners.Append("THA").Distinct().Select(c => "nation-" + c));
        graph.Elements(G + "edge").Where(e => e.Elements(G + "data").Any(d => (string)d.Attribute("key")! == "kind" && d.Value == "agreement"))
            .Should().HaveCount(await db.Agreements.CountAsync(a => a.Parties.Any(p => p.Nation.Alpha2Code == "TH")));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_date_range_keeps_the_ties_that_overlap_it(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var range = new ExportFilter { From = PartialDate.FromYear(2013), To = PartialDate.FromYear(2020) };

        var graph = XDocument.Parse((await Exported.RunAsync(db, ExportFormat.GraphML, range)).Text).Root!.Element(G + "graph")!;

        // Open-ended agreements (no end recorded) that started by 2020 overlap 2013–2020; undated ties cannot be placed.
        var agreements = (await db.Agreements.Select(a => new { a.Id, Start = a.EnteredIntoForceOn ?? a.ConcludedOn, a.EndedOn }).ToListAsync())
            .Where(a => a.Start is { } s && s.EarliestDay <= new DateOnly(2020, 12, 31) && (a.EndedOn is not { } e || e.LatestDay >= new DateOnly(2013, 1, 1)))
            .Select(a => $"agreement-{a.Id}")
            .ToList();
        graph.Elements(G + "edge").Select(e => e.Elements(G + "data").SingleOrDefault(d => (string)d.Attribute("key")! == "tie")?.Value)
            .Where(t => t is not null && t.StartsWith("agreement-", StringComparison.Ordinal)).Distinct()
            .Should().BeEquivalentTo(agreements);
        graph.Elements(G + "edge").Should().NotContain(e => e.Elements(G + "data").Any(d => (string)d.Attribute("key")! == "kind" && (d.Value == "engagement" || d.Value == "policy link")), "the talks were held in 2024 and policy links have no dates");
    }

    [Fact]
    public async Task Unknown_nations_and_backward_ranges_are_refused_before_anything_is_written()
    {
        await using var database = await TestDatabase.CreateSeededAsync(DatabaseKind.SqliteInMemory);
        await using var db = database.CreateContext();
        using var output = new MemoryStream();

        var unknown = () => DefenceTiesExporter.ExportAsync(db, ExportFormat.Popolo, output, new ExportFilter { Nations = ["IN", "XX"] });
        (await unknown.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("XX");
        var backwards = () => DefenceTiesExporter.ExportAsync(db, ExportFormat.Popolo, output, new ExportFilter { From = PartialDate.FromYear(2024), To = PartialDate.FromYear(2012) });
        await backwards.Should().ThrowAsync<ArgumentException>();
        output.Length.Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Nation_codes_are_taken_in_any_case_and_a_malformed_one_is_refused(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var upper = (await Exported.RunAsync(db, ExportFormat.DyadYear, new ExportFilter { Nations = ["TH"] })).Text;
        var lower = (await Exported.RunAsync(db, ExportFormat.DyadYear, new ExportFilter { Nations = ["th", "Tha"] })).Text;
        using var output = new MemoryStream();
        var malformed = () => DefenceTiesExporter.ExportAsync(db, ExportFormat.DyadYear, output, new ExportFilter { Nations = ["t1"] });

        lower.Should().Be(upper).And.Contain("IND,THA");
        (await malformed.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("'t1' is not a nation code");
        output.Length.Should().Be(0);
    }
}
