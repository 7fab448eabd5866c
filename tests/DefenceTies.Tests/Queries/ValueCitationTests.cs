using DefenceTies.Model;
using DefenceTies.Querying;
using DefenceTies.Seeding.Reports;
using DefenceTies.Tests.Infrastructure;
using DefenceTies.Verification;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Queries;

/// <summary>
/// Provenance per value on every database kind: the built-in report cites some values on their own
/// (that "it" is India, who "the two nations" are); a query asks how one value is supported, in one
/// indexed lookup; the model and the database refuse a value citation that does not fit; the
/// whole-database fidelity check reads each value against its own passage.
/// </summary>
public class ValueCitationTests
{
    private const string ExportAim = "transition from being a major arms importer to a significant exporter of military hardware";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task How_a_value_is_supported_is_one_query(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var aim = db.NationalAims.Where(a => a.Description == ExportAim);

        var nation = await aim.CitationOfValue(a => a.Nation).SingleAsync();
        var description = await aim.CitationOfValue(a => a.Description).SingleAsync();

        nation.Support.Should().Be(SupportKind.Implied);
        nation.Note.Should().Contain("'it' is India");
        description.Support.Should().Be(SupportKind.Stated, "a value without a citation of its own is supported by its fact's");
        (await db.NationalAims.WithValueSupportedAs(a => a.Nation, SupportKind.Implied).Select(a => a.Description).ToListAsync()).Should().Equal(ExportAim);
        (await db.NationalAims.WithValueSupportedAs(a => a.Nation, SupportKind.Stated).CountAsync()).Should().Be(1, "the other aim names India's strategy");
        (await db.NationRelations.WithValueSupportedAs(r => r.Subject, SupportKind.Implied).CountAsync(r => r.Kind == NationRelationKind.SharedThreatPerception)).Should().Be(2);
        (await db.NationRelations.WithValueSupportedAs(r => r.Kind, SupportKind.Stated).CountAsync(r => r.Kind == NationRelationKind.SharedThreatPerception)).Should().Be(2, "the kind is stated");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_lookup_reads_the_index_of_its_kind_of_fact(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var id = await db.NationalAims.Where(a => a.Description == ExportAim).Select(a => a.Id).SingleAsync();
        var query = db.NationalAims.Where(a => a.Id == id).CitationOfValue(a => a.Nation);

        await db.Database.OpenConnectionAsync();
        var plan = await QueryPlans.ExplainAsync(query.CreateDbCommand(), kind == DatabaseKind.PostgreSql);

        plan.Should().Contain(l => l.Contains("ix_value_citations_national_aim_id_preferred", StringComparison.Ordinal), string.Join('\n', plan));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_value_cited_in_the_model_is_saved_and_read_back(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        int id;
        await using (var db = database.CreateContext())
        {
            var document = await db.SourceDocuments.SingleAsync(d => d.Key == IndiaThailandCoProductionReport.DocumentKey);
            var memorandum = await db.Agreements.SingleAsync(a => a.Kind == AgreementKind.MemorandumOfUnderstanding);
            memorandum.CiteValue(nameof(Agreement.Significance), document.Infer("setting the groundwork for ongoing collaboration", "The report's appraisal, read as the memorandum's significance."));
            await db.SaveChangesAsync();
            id = memorandum.Id;
        }

        await using var read = database.CreateContext();
        var agreement = await read.Agreements.Include(a => a.Citation).Include(a => a.ValueCitations).ThenInclude(v => v.Citation).SingleAsync(a => a.Id == id);
        agreement.CitationOf(nameof(Agreement.Significance)).Support.Should().Be(SupportKind.Implied);
        agreement.CitationOf(nameof(Agreement.ConcludedOn)).Should().BeSameAs(agreement.Citation);
        (await read.ValueCitations.CountAsync()).Should().Be(14, "the report cites thirteen values on their own, and one was added");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_model_refuses_a_value_citation_that_does_not_fit(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var document = await db.SourceDocuments.SingleAsync(d => d.Key == IndiaThailandCoProductionReport.DocumentKey);
        var memorandum = await db.Agreements.Include(a => a.Citation).Include(a => a.ValueCitations).SingleAsync(a => a.Kind == AgreementKind.MemorandumOfUnderstanding);
        var citation = document.Cite("signed in 2012");

        FluentActions.Invoking(() => memorandum.CiteValue("HeldOn", citation)).Should().Throw<DomainRuleException>().WithMessage("*not a value of a Agreement*ConcludedOn*");
        FluentActions.Invoking(() => memorandum.CiteValue(nameof(Agreement.ConcludedOn), memorandum.Citation)).Should().Throw<DomainRuleException>().WithMessage("*already backs this fact*");
        memorandum.CiteValue(nameof(Agreement.ConcludedOn), citation);
        FluentActions.Invoking(() => memorandum.CiteValue(nameof(Agreement.ConcludedOn), document.Cite("in 2012"))).Should().Throw<DomainRuleException>().WithMessage("*already has its own citation*");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_database_refuses_a_row_for_no_fact_or_a_property_its_fact_lacks(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var aim = await db.NationalAims.Where(a => a.Description == ExportAim).Select(a => new { a.Id, a.CitationId }).SingleAsync();
        var spare = await db.Citations.Where(c => c.Passage.StartsWith("This initiative")).Select(c => c.Id).FirstAsync();

        var noFact = () => db.Database.ExecuteSqlAsync($"INSERT INTO value_citations (citation_id, property, rank) VALUES ({spare}, {"Nation"}, {"Preferred"})");
        var wrongProperty = () => db.Database.ExecuteSqlAsync($"INSERT INTO value_citations (citation_id, property, rank, national_aim_id) VALUES ({spare}, {"HeldOn"}, {"Normal"}, {aim.Id})");
        var twoFacts = () => db.Database.ExecuteSqlAsync($"INSERT INTO value_citations (citation_id, property, rank, national_aim_id, person_id) VALUES ({spare}, {"Nation"}, {"Normal"}, {aim.Id}, {aim.Id})");

        (await noFact.Should().ThrowAsync<ConstraintViolationException>()).Which.Message.Should().Contain("ck_value_citations_one_fact");
        (await wrongProperty.Should().ThrowAsync<ConstraintViolationException>()).Which.Message.Should().Contain("ck_value_citations_property");
        (await twoFacts.Should().ThrowAsync<ConstraintViolationException>()).Which.Message.Should().Contain("ck_value_citations_one_fact");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_fidelity_check_reads_each_value_against_its_own_passage(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        (await SourceFidelityCheck.CheckAsync(database.CreateContext())).Should().BeEmpty("the built-in report is faithful value by value");

        await using (var db = database.CreateContext())
        {
            // Planted: the aim's own nation citation made stated, though "it aims" names no nation.
            var citationId = await db.ValueCitations.Where(v => v.Property == nameof(NationalAim.Nation)).Select(v => v.CitationId).SingleAsync();
            await db.Citations.Where(c => c.Id == citationId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Support, SupportKind.Stated).SetProperty(c => c.Note, (string?)null));
        }

        var findings = await SourceFidelityCheck.CheckAsync(database.CreateContext());
        findings.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Entity = nameof(NationalAim), Field = nameof(NationalAim.Nation) });
        findings[0].Problem.Should().Contain("does not name it");
    }
}
