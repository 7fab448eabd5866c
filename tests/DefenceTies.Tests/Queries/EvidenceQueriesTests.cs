using DefenceTies.Model;
using DefenceTies.Querying;
using DefenceTies.Seeding.Reports;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Queries;

/// <summary>
/// A fact's evidence, as the explorer's fact page and the CLI briefing show it: every citation of
/// the fact and of its parts, saying what it backs, how, where in which document, and whose claim
/// it relays; on every database kind.
/// </summary>
public class EvidenceQueriesTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_agreement_has_its_own_citation_its_corroboration_and_a_citation_per_party(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await SecondSource.CorroborateTheMouAsync(database, "A second report", "Elsewhere: ");

        await using var read = database.CreateContext();
        var mouQuery = read.Agreements.Where(a => a.Kind == AgreementKind.MemorandumOfUnderstanding);
        var agreement = await mouQuery.Select(a => new { a.Id, a.CitationId }).SingleAsync();
        var parties = await read.AgreementParties.Where(p => p.AgreementId == agreement.Id).OrderBy(p => p.Id).Select(p => new { p.Id, p.CitationId }).ToListAsync();
        var texts = await read.SourceDocuments.ToDictionaryAsync(d => d.Id, d => d.Text);

        var evidence = await mouQuery.EvidenceAsync(TestContext.Current.CancellationToken);

        evidence.Should().OnlyContain(e => e.FactId == agreement.Id);
        evidence.Select(e => e.Target).Should().Equal(
            [EvidenceTarget.Fact, EvidenceTarget.Fact, .. parties.Select(p => EvidenceTarget.Part(nameof(Agreement.Parties), p.Id))]);
        var own = evidence[0];
        own.CitationId.Should().Be(agreement.CitationId);
        own.IsCorroboration.Should().BeFalse();
        own.Document.Key.Should().Be(IndiaThailandCoProductionReport.DocumentKey);
        own.Document.Origin.Should().Be(SourceOrigin.NewsReport);
        own.Claimant.Should().BeNull("the report states the agreement in its own voice");
        var corroboration = evidence[1];
        corroboration.CorroboratesId.Should().Be(agreement.CitationId);
        corroboration.Document.Should().Match<EvidenceDocument>(d => d.Key == SecondSource.Key && d.Title == "A second report" && d.PublishedOn == PartialDate.FromYear(2025));
        corroboration.StartIndex.Should().Be("Elsewhere: ".Length);
        evidence.Skip(2).Select(e => e.CitationId).Should().Equal(parties.Select(p => p.CitationId));
        evidence.Should().OnlyContain(e => PassageCheck.IsVerbatimAt(texts[e.Document.Id], e.Passage, e.StartIndex));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_claimed_fact_names_its_claimant_and_an_implied_one_says_why(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var ministry = await db.Organisations.SingleAsync(o => o.Kind == OrganisationKind.DefenceMinistry && o.Nation.Alpha2Code == "IN");
        var singh = await db.People.SingleAsync(p => p.Name == "Nagesh Singh");

        var byMinistry = await db.NationRelations.ClaimedBy(ministry).EvidenceAsync(TestContext.Current.CancellationToken);
        var bySingh = await db.NationRelations.ClaimedBy(singh).EvidenceAsync(TestContext.Current.CancellationToken);
        var engagement = await db.Engagements.EvidenceAsync(TestContext.Current.CancellationToken);

        byMinistry.Should().NotBeEmpty().And.OnlyContain(e => e.Claimant!.OrganisationId == ministry.Id && e.Claimant.PersonId == null && e.Claimant.Label == "India's Defence Ministry");
        bySingh.Should().NotBeEmpty().And.OnlyContain(e => e.Claimant!.PersonId == singh.Id && e.Claimant.Label.EndsWith("Nagesh Singh", StringComparison.Ordinal));
        engagement.Where(e => e.Target == EvidenceTarget.Fact).Should().ContainSingle()
            .Which.Should().Match<CitationEvidence>(e => e.Support == SupportKind.Implied && !string.IsNullOrWhiteSpace(e.Note));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Several_facts_at_once_and_none(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var groups = await db.WorkingGroups.EvidenceAsync(TestContext.Current.CancellationToken);
        var nations = await db.Nations.Where(n => n.Alpha2Code == "IN" || n.Alpha2Code == "TH").EvidenceAsync(TestContext.Current.CancellationToken);
        var none = await db.Agreements.Where(a => a.Id < 0).EvidenceAsync(TestContext.Current.CancellationToken);

        groups.Select(e => e.Target.PartName).Should().Contain([null, nameof(WorkingGroup.Members)]);
        groups.Where(e => e.Target.Kind == EvidenceTargetKind.Part).Should().OnlyContain(e => e.Target.PartId != null);
        nations.Should().HaveCount(2).And.OnlyContain(e => e.Support == SupportKind.Reference && e.Document.Origin == SourceOrigin.ReferenceData);
        none.Should().BeEmpty();
    }

    [Fact]
    public async Task Facts_that_are_not_a_database_query_are_refused()
    {
        var inMemory = Array.Empty<Agreement>().AsQueryable();

        var read = () => inMemory.EvidenceAsync(TestContext.Current.CancellationToken);

        await read.Should().ThrowAsync<ArgumentException>().WithMessage("*EF Core query*");
    }
}
