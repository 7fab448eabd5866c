using System.Text.Json;
using System.Xml.Linq;
using DefenceTies.Exports;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Exports;

/// <summary>
/// The defence deals of the made-up coastal missile contract report (test-coastal-missile-contract-2026)
/// in each export, as docs/exports.md maps them: FtM Contract and ContractAward with exact amounts,
/// GraphML supplier → recipient edges, and the dyad-year panel's deals ordered per pair and year,
/// a company counting through its stated nation.
/// </summary>
public class DealExportTests(CoastalMissileContractDatabases databases) : IClassFixture<CoastalMissileContractDatabases>
{
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task FollowTheMoney_writes_a_contract_and_its_award_with_the_exact_amount(DatabaseKind kind)
    {
        await using var db = (await databases.GetAsync(kind)).CreateContext();
        var bodies = await db.Organisations.Where(o => o.Name != null).ToDictionaryAsync(o => o.Name!, o => $"organisation-{o.Id}");
        var deals = await db.DefenceDeals.ToDictionaryAsync(d => d.Kind, d => $"deal-{d.Id}");

        var entities = Lines((await Exported.RunAsync(db, ExportFormat.FollowTheMoney)).Text);
        var contract = entities.Single(e => Id(e) == deals[Model.DealKind.Sale]);
        Schema(contract).Should().Be("Contract");
        Values(contract, "title").Should().Equal("shore-based anti-ship missile launchers");
        Values(contract, "type").Should().Equal("sale");
        Values(contract, "classification").Should().Equal("missiles");
        Values(contract, "authority").Should().Equal("nation-PHL");
        Values(contract, "contractDate").Should().Equal("2026-04-13");
        Values(contract, "amount").Should().Equal("410000000");
        Values(contract, "currency").Should().Equal("EUR");
        Values(contract, "notes").Should().Contain(["quantity: 12 launchers", "value: approximate", $"end user: {bodies["Philippine Navy"]}", "delivery due: 2028"]);

        var award = entities.Single(e => Id(e) == $"{deals[Model.DealKind.Sale]}-award");
        Schema(award).Should().Be("ContractAward");
        (Values(award, "contract").Single(), Values(award, "supplier").Single(), Values(award, "amount").Single(), Values(award, "startDate").Single())
            .Should().Be((deals[Model.DealKind.Sale], bodies["Fjordvakt Defence"], "410000000", "2026-01"));

        // A range: the lower end as amount, the rest in words; a nation supplier as its PublicBody.
        var grant = entities.Single(e => Id(e) == deals[Model.DealKind.Grant]);
        Values(grant, "amount").Should().Equal("20000000");
        Values(grant, "notes").Should().Contain(["value: range", "value up to: 25000000", "quantity: 3 patrol vessels"]);
        Values(entities.Single(e => Id(e) == $"{deals[Model.DealKind.Grant]}-award"), "supplier").Should().Equal("nation-KOR");
        entities.Should().Contain(e => Schema(e) == "Documentation" && Is(e, "entity", deals[Model.DealKind.Grant]) && Is(e, "status", "value"),
            "the implied signature date is documented as the grant's own value citation");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task GraphML_draws_supplier_to_recipient_edges_with_exact_values(DatabaseKind kind)
    {
        await using var db = (await databases.GetAsync(kind)).CreateContext();
        var bodies = await db.Organisations.Where(o => o.Name != null).ToDictionaryAsync(o => o.Name!, o => $"organisation-{o.Id}");
        var graph = XDocument.Parse((await Exported.RunAsync(db, ExportFormat.GraphML)).Text).Root!.Element(G + "graph")!;
        var edges = graph.Elements(G + "edge")
            .Select(e => (Source: (string)e.Attribute("source")!, Target: (string)e.Attribute("target")!, Data: e.Elements(G + "data").ToDictionary(d => (string)d.Attribute("key")!, d => d.Value)))
            .Where(e => e.Data["kind"] == "deal").ToList();

        edges.Select(e => (e.Source, e.Target, e.Data["type"], e.Data.GetValueOrDefault("amount"), e.Data.GetValueOrDefault("amount_up_to"), e.Data.GetValueOrDefault("quantity")))
            .Should().BeEquivalentTo(new[]
            {
                (bodies["Fjordvakt Defence"], "nation-PHL", "sale", (string?)"410000000", (string?)null, (string?)"12"),
                (bodies["Fjordvakt Defence"], bodies["Batangas Ordnance Works"], "licensed production", null, null, "2"),
                ("nation-KOR", bodies["Philippine Coast Guard"], "grant", "20000000", "25000000", "3"),
            });
        edges.Single(e => e.Data["type"] == "sale").Data.Should().Contain(new Dictionary<string, string> { ["currency"] = "EUR", ["exactness"] = "approximate", ["start"] = "2026-04-13", ["category"] = "missiles" });
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_dyad_year_panel_counts_deals_ordered_for_the_nations_of_their_sides(DatabaseKind kind)
    {
        await using var db = (await databases.GetAsync(kind)).CreateContext();
        var lines = (await Exported.RunAsync(db, ExportFormat.DyadYear)).Text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',').ToList();
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        string Cell(string[] row, string column) => row[header.IndexOf(column)];

        // Norway (Fjordvakt's nation) and the Philippines: the contract signed in 2026; the licensed
        // production has no date, so no year. South Korea and the Philippines (through the coast
        // guard's nation): the grant, signed that day. Nothing is delivered yet.
        rows.Where(r => Cell(r, "arms_deals_ordered") != "0")
            .Select(r => (Cell(r, "iso3_1"), Cell(r, "iso3_2"), Cell(r, "year"), Cell(r, "arms_deals_ordered"), Cell(r, "arms_deals_delivered")))
            .Should().BeEquivalentTo(new[] { ("KOR", "PHL", "2026", "1", "0"), ("NOR", "PHL", "2026", "1", "0") });
    }

    private static List<JsonElement> Lines(string text) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];

    private static string Id(JsonElement entity) => entity.GetProperty("id").GetString()!;

    private static string Schema(JsonElement entity) => entity.GetProperty("schema").GetString()!;

    private static bool Is(JsonElement entity, string property, string value) => Values(entity, property) is [var only] && only == value;

    private static List<string> Values(JsonElement entity, string property) =>
        entity.GetProperty("properties").TryGetProperty(property, out var values) ? [.. values.EnumerateArray().Select(v => v.GetString()!)] : [];
}
