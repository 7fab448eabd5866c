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

namespace DefenceTies.Tests.Organisations;

/// <summary>
/// Issue 25, points 2 and 4: two defence firms (one a state-owned enterprise with its nation as
/// owner) form a 50.5 : 49.5 joint venture, and the memorandum under it is signed by two research
/// agencies on behalf of their governments, a company witnessing; read back through the query API
/// after importing a made-up report, with shares stored and compared exactly.
/// </summary>
public class CompanyImportTests
{
    private const string Pack = "test-missile-joint-venture-2026.json";
    private const string JointVenture = "Atlanvia Perisai Missiles";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Owners_shares_and_signatories_are_stored_and_queried(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using (var db = database.CreateContext())
        {
            var result = await db.ImportFactPackAsync(await Load());
            result.Counts.Should().ContainEquivalentOf(new FactPackImportCount(nameof(Ownership), 3, 0))
                .And.ContainEquivalentOf(new FactPackImportCount(nameof(AgreementSignatory), 3, 0));
        }

        await using var check = database.CreateContext();
        var jv = await check.Organisations.SingleAsync(o => o.Name == JointVenture);
        jv.Kind.Should().Be(OrganisationKind.JointVenture);
        jv.NationId.Should().BeNull("the report states no nation of registration");
        var perisai = await check.Organisations.Include(o => o.Nation).SingleAsync(o => o.Name == "Perisai Dynamics");
        perisai.Kind.Should().Be(OrganisationKind.StateOwnedEnterprise);
        perisai.Nation!.Alpha2Code.Should().Be("MY");

        // The owners of the joint venture, largest share first: sorted in SQL on exact basis points.
        (await check.Ownerships.OwnersOf(jv.Id).OrderByDescending(o => o.Share).Select(o => new { o.OwnerOrganisation!.Name, o.Share }).ToListAsync())
            .Should().Equal(new { Name = (string?)"Atlanvia Systems", Share = (Share?)Share.Parse("50.5") }, new { Name = (string?)"Perisai Dynamics", Share = (Share?)Share.Parse("49.5") });
        (await check.Ownerships.OwnersOf(jv.Id).Select(o => o.Share).ToListAsync()).Select(s => s!.Value.BasisPoints).Order().Should().Equal(4950, 5050);

        // Compared in SQL: a majority (more than 50) is the Portuguese firm's alone; 49.5 is not 50.
        (await check.Ownerships.OwnersOf(jv.Id).WithShareAtLeast(Share.Parse("50.01")).Select(o => o.OwnerOrganisation!.Name).ToListAsync())
            .Should().Equal("Atlanvia Systems");
        (await check.Ownerships.OwnersOf(jv.Id).WithShareAtLeast(Share.Parse("49.5")).CountAsync()).Should().Be(2);
        (await check.Ownerships.OwnersOf(jv.Id).WithShareAtLeast(Share.Parse("49.51")).CountAsync()).Should().Be(1);

        // What a nation owns, and what a body owns.
        (await check.Ownerships.OwnedByNation("my").Select(o => new { o.Owned.Name, o.Share }).SingleAsync())
            .Should().BeEquivalentTo(new { Name = "Perisai Dynamics", Share = (Share?)Share.FromBasisPoints(10_000) });
        (await check.Ownerships.OwnedByOrganisation(perisai.Id).Select(o => o.Owned.Name).SingleAsync()).Should().Be(JointVenture);

        // Who signed the memorandum, and on whose behalf; the parties stay the two nations.
        var mou = await check.Agreements.Include(a => a.Parties).ThenInclude(p => p.Nation).SingleAsync(a => a.Subject == "missile research");
        mou.Parties.Select(p => p.Nation.Alpha2Code).Order().Should().Equal("MY", "PT");
        (await check.AgreementSignatories.OfAgreement(mou.Id).OrderBy(s => s.Organisation.Name)
            .Select(s => new { s.Organisation.Name, s.Role, OnBehalfOf = s.OnBehalfOf == null ? null : s.OnBehalfOf.Alpha2Code }).ToListAsync())
            .Should().Equal(
                new { Name = (string?)"Atlanvia Systems", Role = SignatoryRole.Witness, OnBehalfOf = (string?)null },
                new { Name = (string?)"Defence Research Directorate", Role = SignatoryRole.Signatory, OnBehalfOf = (string?)"PT" },
                new { Name = (string?)"Defence Science Institute", Role = SignatoryRole.Signatory, OnBehalfOf = (string?)"MY" });
        var agency = await check.Organisations.SingleAsync(o => o.Name == "Defence Science Institute");
        (await check.AgreementSignatories.SignedBy(agency.Id).Select(s => s.Agreement.Subject).SingleAsync()).Should().Be("missile research");

        // The read share is Implied with its note; the stated ones rest on the fact's passage.
        var wholly = await check.Ownerships.Include(o => o.ValueCitations).ThenInclude(v => v.Citation).SingleAsync(o => o.OwnedId == perisai.Id);
        wholly.ValueCitations.Single(v => v.Property == nameof(Ownership.Share)).Citation.Support.Should().Be(SupportKind.Implied);

        (await SourceFidelityCheck.CheckAsync(check)).Should().BeEmpty();
        (await StoredDataCheck.CheckAsync(check)).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Importing_the_report_again_changes_nothing(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateImportedAsync(kind, Pack);
        await using (var db = database.CreateContext())
        {
            var before = await RowCounts.OfAsync(db);
            (await db.ImportFactPackAsync(await Load())).AlreadyImported.Should().BeTrue();
            (await RowCounts.OfAsync(db)).Should().Equal(before);
        }
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Another_reports_different_share_is_a_competing_claim(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateImportedAsync(kind, Pack);
        await using var db = database.CreateContext();

        // Another report of the same venture gives 51 : 49 (the agreement left out: it would need a reference).
        var other = FactPackImportTests.Edited(Pack, p =>
        {
            p["document"]!["key"] = "test/missile-joint-venture-2026-03-other";
            p["facts"]!.AsArray().RemoveAt(8);
        }, text => text.Replace("50.5", "51", StringComparison.Ordinal).Replace("49.5", "49", StringComparison.Ordinal));
        var result = await db.ImportFactPackAsync(other);
        result.Counts.Should().ContainEquivalentOf(new FactPackImportCount(nameof(Ownership), 0, 3));

        await using var check = database.CreateContext();
        var stake = await check.Ownerships.Include(o => o.ValueCitations).SingleAsync(o => o.OwnerOrganisation!.Name == "Atlanvia Systems");
        stake.Share.Should().Be(Share.Parse("50.5"), "the first stored value stays preferred");
        stake.ValueCitations.Where(v => v.IsCompeting).Select(v => v.ClaimedValue).Should().Equal("51");
        (await StoredDataCheck.CheckAsync(check)).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_stored_data_check_finds_a_signatory_for_a_non_party_and_shares_over_100(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateImportedAsync(kind, Pack);
        await using var db = database.CreateContext();

        // Written behind the library's back: no constraint can see either rule, which span rows.
        await db.Database.ExecuteSqlRawAsync("UPDATE agreement_signatories SET on_behalf_of_id = (SELECT id FROM nations WHERE alpha2_code = 'FR') WHERE role = 'Signatory'");
        await db.Database.ExecuteSqlRawAsync("UPDATE ownerships SET share_basis_points = 5100 WHERE share_basis_points = 4950");

        var findings = await StoredDataCheck.CheckAsync(db);
        findings.Select(f => (f.Entity, f.Field)).Should().BeEquivalentTo(new[]
        {
            (nameof(AgreementSignatory), nameof(AgreementSignatory.OnBehalfOf)),
            (nameof(AgreementSignatory), nameof(AgreementSignatory.OnBehalfOf)),
            (nameof(Ownership), nameof(Ownership.Share)),
        });
    }

    public static TheoryData<DatabaseKind, string> BadInputs()
    {
        var data = new TheoryData<DatabaseKind, string>();
        foreach (var kind in Enum.GetValues<DatabaseKind>())
        {
            foreach (var bad in new[] { "share-over-100", "shares-over-100", "owner-twice", "two-owners", "owned-kind", "on-behalf-of-non-party" })
            {
                data.Add(kind, bad);
            }
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
            "share-over-100" => ((Action<JsonObject>)(p => Fact(p, 3)["share"] = "100.5"), "$.facts[3].share"),
            "shares-over-100" => (p => Fact(p, 4)["share"] = "50", "$.facts[4].share"),
            "owner-twice" => (p => Fact(p, 4)["ownerOrganisation"] = "atlanvia", "$.facts[4].ownerOrganisation"),
            "two-owners" => (p => Fact(p, 3)["ownerNation"] = "PT", "$.facts[3].ownerOrganisation"),
            "owned-kind" => (p => Fact(p, 3)["owned"] = "lisbonAgency", "$.facts[3]"),
            "on-behalf-of-non-party" => (p => Fact(p, 8)["signatories"]![1]!["onBehalfOf"] = "FR", "$.facts[8].signatories[1].onBehalfOf"),
            _ => throw new ArgumentOutOfRangeException(nameof(bad)),
        };

        var refusal = (await FluentActions.Awaiting(() => db.ImportFactPackAsync(FactPackImportTests.Edited(Pack, edit))).Should().ThrowAsync<FactPackException>()).Which;

        refusal.Problems.Should().Contain(p => p.Path.StartsWith(path, StringComparison.Ordinal), string.Join(" | ", refusal.Problems));
        (await RowCounts.OfAsync(db)).Should().Equal(before, "a refused pack stores nothing");
    }

    private static JsonObject Fact(JsonObject pack, int index) => pack["facts"]![index]!.AsObject();

    private static Task<FactPack> Load() => FactPack.LoadAsync(FactPackImportTests.PackPath(Pack));
}
