using DefenceTies.Bulk;
using DefenceTies.Model;
using DefenceTies.Querying;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DefenceTies.Tests.Bulk.BulkImportTests;

namespace DefenceTies.Tests.Bulk;

/// <summary>
/// The bulk path stores per-value citations (<see cref="ValueCitationRow"/>) as
/// <see cref="CitedEntity.CiteValue"/> does: read back by the value queries, refused by the same
/// rules, and a reference to a missing fact or citation refused by the database like any other row's.
/// </summary>
public class BulkValueCitationTests
{
    private const string Logistics = "India and Thailand signed a logistics agreement on Friday.";
    private const string LogisticsNote = "the Friday before the report's date";

    private static readonly PartialDate Day = PartialDate.FromYearMonthDay(2024, 12, 12);

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_value_citation_of_the_batch_is_what_CitationOfValue_returns_for_that_value(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(kind);
        var importer = ImporterFor(database);
        var batch = ValueBatch(await importer.CreateIdAllocatorAsync());
        var (mou, logistics, maitree) = (batch.Agreements[0], batch.Agreements[1], batch.MilitaryExercises[0]);

        await importer.ImportAsync(batch);

        await using var db = database.CreateContext();
        var mouDate = await db.Agreements.Where(a => a.Id == mou.Id).CitationOfValue(a => a.ConcludedOn).SingleAsync();
        mouDate.Id.Should().Be(batch.ValueCitations[0].CitationId);
        mouDate.Support.Should().Be(SupportKind.Implied);
        var logisticsDate = await db.Agreements.Where(a => a.Id == logistics.Id).CitationOfValue(a => a.ConcludedOn).SingleAsync();
        logisticsDate.Id.Should().Be(batch.ValueCitations[1].CitationId);
        logisticsDate.Passage.Should().Be("on Friday");
        logisticsDate.Note.Should().Be(LogisticsNote);
        (await db.MilitaryExercises.Where(x => x.Id == maitree.Id).CitationOfValue(x => x.Series).SingleAsync()).Id.Should().Be(batch.ValueCitations[2].CitationId);
        // A value without a citation of its own is supported by its fact's.
        (await db.Agreements.Where(a => a.Id == mou.Id).CitationOfValue(a => a.Subject).SingleAsync()).Id.Should().Be(mou.CitationId);
        (await db.Agreements.WithValueSupportedAs(a => a.ConcludedOn, SupportKind.Implied).Select(a => a.Id).OrderBy(id => id).ToListAsync())
            .Should().Equal(mou.Id, logistics.Id);
        var loaded = await db.Agreements.Include(a => a.ValueCitations).ThenInclude(v => v.Citation).Include(a => a.Citation).SingleAsync(a => a.Id == logistics.Id);
        loaded.CitationOf(nameof(Agreement.ConcludedOn)).Passage.Should().Be("on Friday");
        loaded.CitationOf(nameof(Agreement.Subject)).Id.Should().Be(logistics.CitationId);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_value_of_a_stored_fact_can_be_cited_by_a_later_batch(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(kind);
        var importer = ImporterFor(database);
        var first = ValueBatch(await importer.CreateIdAllocatorAsync());
        await importer.ImportAsync(first);
        var ids = await importer.CreateIdAllocatorAsync();
        var later = new BulkImportBatch();
        var subject = ids.Next<CitationRow>();
        // Of the stored document, as the stored agreement's own citation is.
        later.Citations.Add(new CitationRow { Id = subject, SourceDocumentId = first.SourceDocuments[0].Id, Passage = "defence cooperation", StartIndex = Text.IndexOf("defence cooperation", StringComparison.Ordinal) });
        later.ValueCitations.Add(new ValueCitationRow { Id = ids.Next<ValueCitationRow>(), FactType = nameof(Agreement), FactId = first.Agreements[0].Id, Property = nameof(Agreement.Subject), CitationId = subject });

        await importer.ImportAsync(later);

        await using var db = database.CreateContext();
        (await db.Agreements.Where(a => a.Id == first.Agreements[0].Id).CitationOfValue(a => a.Subject).SingleAsync()).Id.Should().Be(subject);
        (await db.ValueCitations.CountAsync()).Should().Be(4);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_value_citation_breaking_a_rule_of_CiteValue_raises_what_CiteValue_raises_and_stores_nothing(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var nations = await StoredNationsAsync(db);
        var storedAgreement = await db.Agreements.Select(a => new { a.Id, a.CitationId }).FirstAsync();
        var before = await RowCounts.OfAsync(db);
        var importer = ImporterFor(database);

        // The entity side builds objects it never saves.
        var document = new SourceDocument("entity-side", null, Day, Text);
        var own = document.Cite("India and Thailand signed a memorandum of understanding on defence cooperation.");
        Agreement NewAgreement() => new("t", AgreementKind.MemorandumOfUnderstanding, AgreementStatus.Signed, "s", null, own);
        var elsewhere = new SourceDocument("elsewhere", null, Day, Logistics).Cite(Logistics);
        var cases = new (string Name, Action Entity, Action<BulkImportBatch, BulkIdAllocator> Spoil, bool SameValue)[]
        {
            ("a property that is not a value", () => NewAgreement().CiteValue(nameof(Agreement.Id), document.Cite("signed")), (b, _) => b.ValueCitations[0] = With(b.ValueCitations[0], property: nameof(Agreement.Id)), true),
            ("a collection, not a value", () => NewAgreement().CiteValue(nameof(Agreement.Parties), document.Cite("signed")), (b, _) => b.ValueCitations[0] = With(b.ValueCitations[0], property: nameof(Agreement.Parties)), true),
            (
                "a value cited twice",
                () =>
                {
                    var agreement = NewAgreement();
                    agreement.CiteValue(nameof(Agreement.ConcludedOn), document.Cite("signed"));
                    agreement.CiteValue(nameof(Agreement.ConcludedOn), document.Cite("India"));
                },
                (b, ids) => b.ValueCitations.Add(With(b.ValueCitations[0], ids.Next<ValueCitationRow>(), citation: b.ValueCitations[2].CitationId)),
                true),
            ("the fact's own citation", () => NewAgreement().CiteValue(nameof(Agreement.Subject), own), (b, _) => b.ValueCitations[0] = With(b.ValueCitations[0], property: nameof(Agreement.Subject), citation: b.Agreements[0].CitationId), false),
            (
                "a stored fact's own citation",
                () => NewAgreement().CiteValue(nameof(Agreement.Subject), own),
                (b, _) => b.ValueCitations[0] = With(b.ValueCitations[0], property: nameof(Agreement.Subject), fact: storedAgreement.Id, citation: storedAgreement.CitationId),
                false),
            ("a citation of another document", () => NewAgreement().CiteValue(nameof(Agreement.ConcludedOn), elsewhere), (b, _) => b.ValueCitations[0] = With(b.ValueCitations[0], citation: b.ValueCitations[1].CitationId), false),
            (
                "a citation of another document than the stored fact's",
                () => NewAgreement().CiteValue(nameof(Agreement.ConcludedOn), elsewhere),
                (b, _) => b.ValueCitations[0] = With(b.ValueCitations[0], fact: storedAgreement.Id),
                false),
        };

        foreach (var (name, entity, spoil, sameValue) in cases)
        {
            var expected = Assert.Throws<DomainRuleException>(entity);
            var ids = await importer.CreateIdAllocatorAsync();
            var batch = ValueBatch(ids, $"value-{name}", nations);
            spoil(batch, ids);

            var thrown = (await ((Func<Task>)(() => importer.ImportAsync(batch))).Should().ThrowAsync<BulkDomainRuleException>(name)).Which;

            thrown.Entity.Should().Be(expected.Entity, name);
            thrown.Field.Should().Be(expected.Field, name);
            thrown.Message.Should().Contain("value_citations row", name);
            if (sameValue)
            {
                thrown.Value.Should().Be(expected.Value, name);
                thrown.Rule.Should().Be(expected.Rule, name);
            }
            else
            {
                // The row names a citation by its id where CiteValue has the citation itself.
                thrown.Value.Should().Be(batch.ValueCitations[thrown.RowIndex].CitationId, name);
            }
        }

        (await RowCounts.OfAsync(db)).Should().Equal(before);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_kind_that_is_no_kind_of_fact_is_refused_by_name(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(kind);
        var importer = ImporterFor(database);
        var batch = ValueBatch(await importer.CreateIdAllocatorAsync());
        batch.ValueCitations[1] = new ValueCitationRow
        {
            Id = batch.ValueCitations[1].Id, FactType = "Treaty", FactId = batch.Agreements[1].Id, Property = nameof(Agreement.ConcludedOn), CitationId = batch.ValueCitations[1].CitationId,
        };

        var thrown = (await ((Func<Task>)(() => importer.ImportAsync(batch))).Should().ThrowAsync<BulkDomainRuleException>()).Which;

        thrown.Entity.Should().Be(nameof(ValueCitation));
        thrown.Field.Should().Be(nameof(ValueCitationRow.FactType));
        thrown.Value.Should().Be("Treaty");
        thrown.RowIndex.Should().Be(1);
        thrown.RowId.Should().Be(batch.ValueCitations[1].Id);
        thrown.Message.Should().Contain("value_citations row 1").And.Contain("is not a kind of fact").And.Contain(nameof(Agreement));
        await using var db = database.CreateContext();
        (await RowCounts.OfAsync(db)).Values.Sum().Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_fact_or_citation_neither_in_the_batch_nor_stored_is_a_foreign_key_violation_of_the_value_citation(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(kind);
        await using var db = database.CreateContext();
        var importer = ImporterFor(database);
        var spoilers = new (string Name, Func<ValueCitationRow, ValueCitationRow> Spoil)[]
        {
            ("a missing fact", r => With(r, fact: 999_999)),
            ("a missing citation", r => With(r, citation: 999_999)),
        };

        foreach (var (name, spoil) in spoilers)
        {
            var batch = ValueBatch(await importer.CreateIdAllocatorAsync());
            batch.ValueCitations[1] = spoil(batch.ValueCitations[1]);

            var thrown = (await ((Func<Task>)(() => importer.ImportAsync(batch))).Should().ThrowAsync<BulkConstraintViolationException>(name)).Which;

            thrown.Entity.Should().Be(nameof(ValueCitation), name);
            thrown.Kind.Should().Be(ConstraintKind.ForeignKey, name);
            thrown.Message.Should().Contain("value_citations", name);
            if (kind != DatabaseKind.PostgreSql)
            {
                // SQLite fails on the row itself; PostgreSQL checks foreign keys after the table's COPY.
                thrown.RowIndex.Should().Be(1, name);
                thrown.RowId.Should().Be(batch.ValueCitations[1].Id, name);
            }

            (await RowCounts.OfAsync(db)).Values.Sum().Should().Be(0, name);
        }
    }

    /// <summary>
    /// The sample batch, a second document with a logistics agreement dated only "on Friday", and three
    /// value citations: the MoU's date (implied), the logistics agreement's date ("on Friday",
    /// implied) and MAITREE's name (stated).
    /// </summary>
    internal static BulkImportBatch ValueBatch(BulkIdAllocator ids, string documentKey = "bulk-values", StoredNations? stored = null)
    {
        var batch = SampleBatch(ids, documentKey, stored);
        var sample = batch.SourceDocuments[0].Id;
        var (india, thailand) = stored is { } s ? (s.India, s.Thailand) : (batch.Nations[0].Id, batch.Nations[1].Id);
        var document = ids.Next<SourceDocumentRow>();
        batch.SourceDocuments.Add(new SourceDocumentRow { Id = document, Key = $"{documentKey}-logistics", PublishedOn = PartialDate.FromYearMonthDay(2024, 12, 9), Text = Logistics });
        int Cite(int doc, string text, string passage, string? note = null)
        {
            var id = ids.Next<CitationRow>();
            batch.Citations.Add(new CitationRow
            {
                Id = id, SourceDocumentId = doc, Passage = passage, StartIndex = text.IndexOf(passage, StringComparison.Ordinal),
                Support = note is null ? SupportKind.Stated : SupportKind.Implied, Note = note,
            });
            return id;
        }

        var logisticsCitation = Cite(document, Logistics, Logistics);
        var logistics = ids.Next<AgreementRow>();
        batch.Agreements.Add(new AgreementRow
        {
            Id = logistics, Kind = AgreementKind.Other, Status = AgreementStatus.Signed, Subject = "logistics",
            ConcludedOn = PartialDate.FromYearMonthDay(2024, 12, 6), CitationId = logisticsCitation,
        });
        foreach (var nation in new[] { india, thailand })
        {
            batch.AgreementParties.Add(new AgreementPartyRow { Id = ids.Next<AgreementPartyRow>(), AgreementId = logistics, NationId = nation, CitationId = logisticsCitation });
        }

        void CiteValue(string factType, int fact, string property, int citation) =>
            batch.ValueCitations.Add(new ValueCitationRow { Id = ids.Next<ValueCitationRow>(), FactType = factType, FactId = fact, Property = property, CitationId = citation });

        CiteValue(nameof(Agreement), batch.Agreements[0].Id, nameof(Agreement.ConcludedOn), Cite(sample, Text, "signed", "the year of the MoU, signed before the talks"));
        CiteValue(nameof(Agreement), logistics, nameof(Agreement.ConcludedOn), Cite(document, Logistics, "on Friday", LogisticsNote));
        CiteValue(nameof(MilitaryExercise), batch.MilitaryExercises[0].Id, nameof(MilitaryExercise.Series), Cite(sample, Text, "exercise MAITREE"));
        return batch;
    }

    private static ValueCitationRow With(ValueCitationRow r, int? id = null, string? property = null, int? fact = null, int? citation = null) =>
        new() { Id = id ?? r.Id, FactType = r.FactType, FactId = fact ?? r.FactId, Property = property ?? r.Property, CitationId = citation ?? r.CitationId };
}
