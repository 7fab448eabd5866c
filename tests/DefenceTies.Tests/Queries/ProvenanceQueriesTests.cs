using DefenceTies.Model;
using DefenceTies.Querying;
using DefenceTies.Seeding.Reports;
using DefenceTies.Tests.Infrastructure;
using DefenceTies.Verification;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Queries;

/// <summary>
/// How a source supports each fact and whose claim it is, asked as an analyst would ("only stated
/// facts", "everything India's defence ministry claims", "how many sources back this"), on every
/// database kind; and the whole-database fidelity check finding what is planted against it.
/// </summary>
public class ProvenanceQueriesTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Only_stated_facts_leave_out_readings(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var all = await db.NationRelations.Select(r => r.Kind).Distinct().ToListAsync();
        var stated = db.NationRelations.Stated().Select(r => r.Kind).Distinct();
        stated.ToQueryString().Should().NotBeNullOrEmpty();

        all.Should().Contain(NationRelationKind.GrowingDefenceTies);
        (await stated.ToListAsync()).Should().BeEquivalentTo([NationRelationKind.MaritimeNeighbour, NationRelationKind.ValuedPartner, NationRelationKind.SharedThreatPerception, NationRelationKind.IncreasingExchanges]);
        (await db.Engagements.Stated().CountAsync()).Should().Be(0, "the report dates the agreement, not a meeting");
        (await db.Engagements.SupportedAs(SupportKind.Implied).Select(e => e.Citation.Note).SingleAsync()).Should().NotBeNullOrWhiteSpace();
        (await db.Nations.SupportedAs(SupportKind.Reference).CountAsync()).Should().Be(249);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Everything_Indias_defence_ministry_claims_and_what_the_ambassador_emphasised(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var ministry = await db.Organisations.SingleAsync(o => o.Kind == OrganisationKind.DefenceMinistry && o.Nation!.Alpha2Code == "IN");
        var singh = await db.People.SingleAsync(p => p.Name == "Nagesh Singh");

        var relations = db.NationRelations.ClaimedBy(ministry).OrderBy(r => r.Kind).Select(r => r.Kind);
        relations.ToQueryString().Should().NotBeNullOrEmpty();

        (await relations.ToListAsync()).Should().Equal(NationRelationKind.MaritimeNeighbour, NationRelationKind.ValuedPartner);
        (await db.PolicyLinks.ClaimedBy(ministry).Select(l => l.From.Name + " " + l.Kind + " " + l.To.Name).ToListAsync()).Should().Equal("Act West Complements Act East");
        (await db.NationRelations.ClaimedBy(singh).Select(r => r.Kind).Distinct().ToListAsync()).Should().BeEquivalentTo([NationRelationKind.SharedThreatPerception, NationRelationKind.IncreasingExchanges]);
        (await db.Agreements.ClaimedBy(ministry).CountAsync()).Should().Be(0, "the report states the agreements in its own voice");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_second_source_for_a_fact_is_a_citation_not_a_row(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await SecondSource.CorroborateTheMouAsync(database);

        await using var read = database.CreateContext();
        var sources = read.Agreements.Where(a => a.Kind == AgreementKind.MemorandumOfUnderstanding).WithSources();
        sources.ToQueryString().Should().NotBeNullOrEmpty();

        var mouSources = await sources.SingleAsync();
        mouSources.SourceCount.Should().Be(2);
        mouSources.PrimarySourceKey.Should().Be(IndiaThailandCoProductionReport.DocumentKey);
        mouSources.SourceKeys.Should().Equal(IndiaThailandCoProductionReport.DocumentKey, SecondSource.Key);
        (await read.Agreements.CountAsync()).Should().Be(2, "the memorandum stays one row");
        (await read.Agreements.BackedByAtLeast(2).Select(a => a.Kind).ToListAsync()).Should().Equal(AgreementKind.MemorandumOfUnderstanding);
        (await read.Agreements.BackedByAtLeast(1).CountAsync()).Should().Be(2);
        (await SourceFidelityCheck.CheckAsync(read)).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_fidelity_check_finds_a_name_the_passage_does_not_state(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using (var db = database.CreateContext())
        {
            var india = await db.Nations.SingleAsync(n => n.Alpha2Code == "IN");
            var report = await db.SourceDocuments.SingleAsync(d => d.Key == IndiaThailandCoProductionReport.DocumentKey);
            db.Add(new Organisation(india, "Indian Navy", OrganisationKind.Navy, report.Cite("This includes the recent MAITREE exercise involving both armies.")));
            await db.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var findings = await SourceFidelityCheck.CheckAsync(read);

        // The passage names neither the navy nor its nation ("both armies").
        findings.Should().HaveCount(2);
        findings.Should().Contain(f => f.Entity == "Organisation" && f.Field == "Name" && f.Problem.Contains("'Indian Navy'"));
        findings.Should().Contain(f => f.Entity == "Organisation" && f.Field == "Nation" && f.Problem.Contains("does not name it"));
    }
}
