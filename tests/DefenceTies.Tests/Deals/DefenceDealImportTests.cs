using System.Text.Json.Nodes;
using DefenceTies.FactPacks;
using DefenceTies.Model;
using DefenceTies.Querying;
using DefenceTies.Tests.FactPacks;
using DefenceTies.Tests.Infrastructure;
using DefenceTies.Verification;
using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace DefenceTies.Tests.Deals;

/// <summary>
/// Issue 26, point 1: a made-up report of a coastal missile contract (a Norwegian firm supplying the
/// Philippines, two launchers built under licence by a Philippine state works) and a grant of
/// patrol vessels from South Korea, with quantities, values in two currencies (one approximate, one
/// a range) and dates; read back through the query API, with amounts stored and compared exactly.
/// </summary>
public class DefenceDealImportTests
{
    private const string Pack = "test-coastal-missile-contract-2026.json";
    private const string Launchers = "shore-based anti-ship missile launchers";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Deals_are_stored_with_exact_amounts_and_queried_by_nation_and_value(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using (var db = database.CreateContext())
        {
            var result = await db.ImportFactPackAsync(await Load());
            result.Counts.Should().ContainEquivalentOf(new FactPackImportCount(nameof(DefenceDeal), 3, 0));
        }

        await using var check = database.CreateContext();
        var contract = await check.DefenceDeals.Include(d => d.SupplierOrganisation).Include(d => d.RecipientNation).Include(d => d.EndUser)
            .SingleAsync(d => d.Kind == DealKind.Sale);
        contract.SupplierOrganisation!.Name.Should().Be("Fjordvakt Defence");
        contract.RecipientNation!.Alpha2Code.Should().Be("PH");
        contract.EndUser!.Name.Should().Be("Philippine Navy");
        contract.Designation.Should().Be(Launchers);
        contract.Category.Should().Be(EquipmentCategory.Missiles);
        (contract.Quantity, contract.QuantityUnit).Should().Be((12, "launchers"));
        contract.Value.Should().Be(MoneyAmount.Parse("410000000"));
        (contract.ValueCurrency, contract.ValueExactness).Should().Be(("EUR", ValueExactness.Approximate));
        (contract.AwardedOn, contract.SignedOn, contract.DeliveryDueOn).Should().Be((PartialDate.Parse("2026-01"), PartialDate.Parse("2026-04-13"), PartialDate.Parse("2028")));

        // A body counts for the nation its own fact states: Fjordvakt for Norway, the works and the coast guard for the Philippines.
        (await check.DefenceDeals.SuppliedBy("no").OrderBy(d => d.Id).Select(d => d.Kind).ToListAsync()).Should().Equal(DealKind.Sale, DealKind.LicensedProduction);
        (await check.DefenceDeals.ReceivedBy("PH").CountAsync()).Should().Be(3);
        (await check.DefenceDeals.Between("PH", "KR").Select(d => new { d.Kind, d.Quantity, d.ValueUpTo }).SingleAsync())
            .Should().BeEquivalentTo(new { Kind = DealKind.Grant, Quantity = (int?)3, ValueUpTo = (MoneyAmount?)MoneyAmount.Parse("25000000") });
        (await check.DefenceDeals.Between("NO", "KR").CountAsync()).Should().Be(0);

        // Compared in SQL on whole hundredths: a range counts by its upper end; currencies are never converted.
        (await check.DefenceDeals.WorthAtLeast(MoneyAmount.Parse("410000000"), "EUR").Select(d => d.Designation).SingleAsync()).Should().Be(Launchers);
        (await check.DefenceDeals.WorthAtLeast(MoneyAmount.Parse("410000000.01"), "EUR").CountAsync()).Should().Be(0);
        (await check.DefenceDeals.WorthAtLeast(MoneyAmount.Parse("24000000"), "USD").Select(d => d.Kind).SingleAsync()).Should().Be(DealKind.Grant);
        (await check.DefenceDeals.WorthAtLeast(MoneyAmount.Parse("25000000.01"), "USD").CountAsync()).Should().Be(0);
        (await check.DefenceDeals.Where(d => d.Value != null).OrderByDescending(d => d.Value).Select(d => d.ValueCurrency).ToListAsync()).Should().Equal("EUR", "USD");

        // The pair's timeline carries the deals, dated by signature.
        (await check.RelationshipTimelineAsync("PH", "NO")).Where(e => e.Kind == TimelineEntryKind.Deal).Select(e => (e.Title, e.Date?.ToString()))
            .Should().BeEquivalentTo(new[] { (Launchers, (string?)"2026-04-13"), (Launchers, (string?)null) });

        // The implied date rests on its own passage and note; the stated values on theirs.
        var grant = await check.DefenceDeals.Include(d => d.ValueCitations).ThenInclude(v => v.Citation).SingleAsync(d => d.Kind == DealKind.Grant);
        grant.ValueCitations.Single(v => v.Property == nameof(DefenceDeal.SignedOn)).Citation.Support.Should().Be(SupportKind.Implied);
        (await SourceFidelityCheck.CheckAsync(check)).Should().BeEmpty();
        (await StoredDataCheck.CheckAsync(check)).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Databases.Engines), MemberType = typeof(Databases))]
    public async Task Importing_the_report_again_changes_nothing(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateImportedAsync(kind, Pack);
        await using var db = database.CreateContext();
        var before = await RowCounts.OfAsync(db);
        (await db.ImportFactPackAsync(await Load())).AlreadyImported.Should().BeTrue();
        (await RowCounts.OfAsync(db)).Should().Equal(before);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Another_reports_different_quantity_and_value_are_competing_claims(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateImportedAsync(kind, Pack);
        await using var db = database.CreateContext();

        // Another report of the same contract says fourteen launchers and about €430 million.
        var other = FactPackImportTests.Edited(Pack, p =>
        {
            p["document"]!["key"] = "test/coastal-missile-contract-2026-04-other";
            Fact(p, 5)["quantity"] = 14;
            Fact(p, 5)["value"] = "430000000";
        }, text => text.Replace("twelve shore-based", "fourteen shore-based", StringComparison.Ordinal).Replace("€410 million", "€430 million", StringComparison.Ordinal));
        var result = await db.ImportFactPackAsync(other);
        result.Counts.Should().ContainEquivalentOf(new FactPackImportCount(nameof(DefenceDeal), 0, 3));

        await using var check = database.CreateContext();
        var contract = await check.DefenceDeals.Include(d => d.ValueCitations).SingleAsync(d => d.Kind == DealKind.Sale);
        (contract.Quantity, contract.Value).Should().Be((12, MoneyAmount.Parse("410000000")), "the first stored values stay preferred");
        contract.ValueCitations.Where(v => v.IsCompeting).Select(v => (v.Property, v.ClaimedValue))
            .Should().BeEquivalentTo(new[] { (nameof(DefenceDeal.Quantity), (string?)"14"), (nameof(DefenceDeal.Value), (string?)"430000000") });
        (await SourceFidelityCheck.CheckAsync(check)).Should().BeEmpty();
        (await StoredDataCheck.CheckAsync(check)).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Databases.Engines), MemberType = typeof(Databases))]
    public async Task The_stored_data_check_finds_a_currency_that_is_not_iso_4217(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateImportedAsync(kind, Pack);
        await using var db = database.CreateContext();

        // Written behind the library's back: the CHECK sees three capital letters, not the list.
        await db.Database.ExecuteSqlRawAsync("UPDATE defence_deals SET value_currency = 'EUX' WHERE value_currency = 'EUR'");

        (await StoredDataCheck.CheckAsync(db)).Select(f => (f.Entity, f.Field, f.Value?.ToString()))
            .Should().Equal((nameof(DefenceDeal), nameof(DefenceDeal.ValueCurrency), (string?)"EUX"));
    }

    // Each refusal is the import's, before anything is written: every case on the in-memory
    // database, and one on every kind, where "nothing is stored" is the engine's rollback.
    public static TheoryData<DatabaseKind, string> BadInputs()
    {
        var data = new TheoryData<DatabaseKind, string>();
        foreach (var bad in new[] { "unknown-currency", "value-without-currency", "range-without-upper", "upper-below-value", "delivered-over-quantity", "two-suppliers", "amount-with-grouping", "unstated-quantity" })
        {
            data.Add(DatabaseKind.SqliteInMemory, bad);
        }

        foreach (var kind in Enum.GetValues<DatabaseKind>().Where(k => k != DatabaseKind.SqliteInMemory))
        {
            data.Add(kind, "delivered-over-quantity");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_refused_with_its_json_path_and_nothing_is_stored(DatabaseKind kind, string bad)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var before = await RowCounts.OfAsync(db);
        var (edit, path) = bad switch
        {
            "unknown-currency" => ((Action<JsonObject>)(p => Fact(p, 5)["valueCurrency"] = "EUX"), "$.facts[5].valueCurrency"),
            "value-without-currency" => (p => Fact(p, 5).Remove("valueCurrency"), "$.facts[5]"),
            "range-without-upper" => (p => Fact(p, 7).Remove("valueUpTo"), "$.facts[7]"),
            "upper-below-value" => (p => Fact(p, 7)["valueUpTo"] = "19999999.99", "$.facts[7].valueUpTo"),
            "delivered-over-quantity" => (p => Fact(p, 6)["quantityDelivered"] = 3, "$.facts[6]"),
            "two-suppliers" => (p => Fact(p, 5)["supplierNation"] = "NO", "$.facts[5].supplierOrganisation"),
            "amount-with-grouping" => (p => Fact(p, 5)["value"] = "410,000,000", "$.facts[5].value"),
            "unstated-quantity" => (p => Fact(p, 5)["quantity"] = 13, "$.facts[5].quantity"),
            _ => throw new ArgumentOutOfRangeException(nameof(bad)),
        };

        var refusal = (await FluentActions.Awaiting(() => db.ImportFactPackAsync(FactPackImportTests.Edited(Pack, edit))).Should().ThrowAsync<FactPackException>()).Which;

        refusal.Problems.Should().Contain(p => p.Path.StartsWith(path, StringComparison.Ordinal), string.Join(" | ", refusal.Problems));
        (await RowCounts.OfAsync(db)).Should().Equal(before, "a refused pack stores nothing");
    }

    private static JsonObject Fact(JsonObject pack, int index) => pack["facts"]![index]!.AsObject();

    private static Task<FactPack> Load() => FactPack.LoadAsync(FactPackImportTests.PackPath(Pack));
}
