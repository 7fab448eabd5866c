using DefenceTies.Model;
using DefenceTies.Querying;
using DefenceTies.Seeding.Reports;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

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
        var ministry = await db.Organisations.SingleAsync(o => o.Kind == OrganisationKind.DefenceMinistry && o.Nation!.Alpha2Code == "IN");
        var singh = await db.People.SingleAsync(p => p.Name == "Nagesh Singh");

        var byMinistry = await db.NationRelations.ClaimedBy(ministry).EvidenceAsync(TestContext.Current.CancellationToken);
        var bySingh = await db.NationRelations.ClaimedBy(singh).EvidenceAsync(TestContext.Current.CancellationToken);
        var engagement = await db.Engagements.EvidenceAsync(TestContext.Current.CancellationToken);

        byMinistry.Should().NotBeEmpty().And.OnlyContain(e => e.Claimant!.OrganisationId == ministry.Id && e.Claimant.PersonId == null && e.Claimant.Label == "India's Defence Ministry");
        bySingh.Where(e => e.Target.Kind != EvidenceTargetKind.Value).Should().NotBeEmpty()
            .And.OnlyContain(e => e.Claimant!.PersonId == singh.Id && e.Claimant.Label.EndsWith("Nagesh Singh", StringComparison.Ordinal));

        // Who "the two nations" are is the report's own reading of the ambassador's words, not his claim.
        bySingh.Where(e => e.Target.Kind == EvidenceTargetKind.Value).Should().NotBeEmpty()
            .And.OnlyContain(e => e.Claimant == null && e.Support == SupportKind.Implied);
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

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_value_cited_on_its_own_is_evidence_for_that_value_after_the_facts_own(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var aims = db.NationalAims.Where(a => a.Description.StartsWith("transition from being a major arms importer"));
        var aim = await aims.Select(a => new { a.Id, a.CitationId, Own = a.ValueCitations.Single(v => v.Property == nameof(NationalAim.Nation)).Citation }).SingleAsync();

        var evidence = await aims.EvidenceAsync(TestContext.Current.CancellationToken);
        var relations = await db.NationRelations.Where(r => r.Kind == NationRelationKind.SharedThreatPerception).EvidenceAsync(TestContext.Current.CancellationToken);

        evidence.Select(e => e.Target).Should().Equal(EvidenceTarget.Fact, EvidenceTarget.Value(nameof(NationalAim.Nation)));
        evidence[0].CitationId.Should().Be(aim.CitationId);
        evidence[0].Support.Should().Be(SupportKind.Stated, "the aim itself is stated");
        var nation = evidence[1];
        nation.FactId.Should().Be(aim.Id);
        nation.Target.Kind.Should().Be(EvidenceTargetKind.Value);
        nation.Target.Property.Should().Be(nameof(NationalAim.Nation));
        nation.Target.PartName.Should().BeNull();
        nation.CitationId.Should().Be(aim.Own.Id);
        nation.Support.Should().Be(SupportKind.Implied);
        nation.Note.Should().Be(aim.Own.Note).And.Contain("'it' is India");
        nation.Passage.Should().StartWith("it aims to transition");
        nation.IsCorroboration.Should().BeFalse();
        relations.Should().NotBeEmpty();
        foreach (var fact in relations.GroupBy(e => e.FactId))
        {
            fact.Select(e => e.Target).Should().Equal(
                [EvidenceTarget.Fact, EvidenceTarget.Value(nameof(NationRelation.Counterpart)), EvidenceTarget.Value(nameof(NationRelation.Subject))],
                "the fact's own citation first, then its values by property name");
        }
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_number_of_queries_does_not_grow_with_the_facts_or_their_values(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        var commands = 0;
        await using var db = database.CreateContext(o => o.LogTo(_ => Interlocked.Increment(ref commands), [RelationalEventId.CommandExecuted]));
        var one = db.NationRelations.OrderBy(r => r.Id).Take(1);

        await one.EvidenceAsync(TestContext.Current.CancellationToken);
        var forOne = Interlocked.Exchange(ref commands, 0);
        var all = await db.NationRelations.EvidenceAsync(TestContext.Current.CancellationToken);
        var forAll = Interlocked.Exchange(ref commands, 0);

        all.Select(e => e.FactId).Distinct().Should().HaveCountGreaterThan(1);
        all.Should().Contain(e => e.Target.Kind == EvidenceTargetKind.Value);
        forOne.Should().Be(3, "one query for the facts' citations, one for their value citations, one for the citations");
        forAll.Should().Be(forOne, "a fixed number of queries, not one per fact or value");
    }

    [Fact]
    public void A_value_target_equals_another_for_the_same_property_only()
    {
        EvidenceTarget.Value("ConcludedOn").Should().Be(EvidenceTarget.Value("ConcludedOn"));
        EvidenceTarget.Value("ConcludedOn").Should().NotBe(EvidenceTarget.Value("EndedOn")).And.NotBe(EvidenceTarget.Fact);
        var blank = () => EvidenceTarget.Value(" ");
        blank.Should().Throw<ArgumentException>();
    }

    [Fact]
    public async Task Facts_that_are_not_a_database_query_are_refused()
    {
        var inMemory = Array.Empty<Agreement>().AsQueryable();

        var read = () => inMemory.EvidenceAsync(TestContext.Current.CancellationToken);

        await read.Should().ThrowAsync<ArgumentException>().WithMessage("*EF Core query*");
    }
}
