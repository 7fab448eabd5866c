using DefenceTies.Bulk;
using DefenceTies.Model;
using DefenceTies.PostgreSql;
using DefenceTies.Sqlite;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Bulk;

/// <summary>The bulk path: rows it stores are ordinary rows; a bad row stores nothing; keys continue after it.</summary>
public class BulkImportTests
{
    internal const string Text = "India and Thailand signed a memorandum of understanding on defence cooperation. Both armies took part in exercise MAITREE. Gen Tharapong Malakam led the Thai side.";

    internal static DefenceTiesBulkImporter ImporterFor(TestDatabase database) =>
        database.Kind == DatabaseKind.PostgreSql
            ? new PostgreSqlBulkImporter(database.ConnectionString)
            : new SqliteBulkImporter(database.ConnectionString);

    /// <summary>The ids of India and Thailand where they are stored (a seeded database stores every ISO 3166-1 entry).</summary>
    internal static async Task<StoredNations> StoredNationsAsync(DefenceTiesDbContext db) =>
        new(await db.Nations.Where(n => n.Alpha2Code == "IN").Select(n => n.Id).SingleAsync(),
            await db.Nations.Where(n => n.Alpha2Code == "TH").Select(n => n.Id).SingleAsync());

    /// <summary>
    /// A document, India and Thailand (with their COW and GW codes), an agreement between them, talks
    /// with the Thai delegation and its leader, and an exercise (a series and its edition): 17 rows. On a seeded database, where
    /// every nation is stored already, pass them as <paramref name="stored"/>: the batch then refers
    /// to them and holds no nation rows (15 rows).
    /// </summary>
    internal static BulkImportBatch SampleBatch(BulkIdAllocator ids, string documentKey = "bulk-sample", StoredNations? stored = null)
    {
        var batch = new BulkImportBatch();
        var doc = ids.Next<SourceDocumentRow>();
        batch.SourceDocuments.Add(new SourceDocumentRow { Id = doc, Key = documentKey, PublishedOn = PartialDate.FromYearMonthDay(2024, 12, 12), Text = Text });
        int Cite(string passage)
        {
            var id = ids.Next<CitationRow>();
            batch.Citations.Add(new CitationRow { Id = id, SourceDocumentId = doc, Passage = passage, StartIndex = Text.IndexOf(passage, StringComparison.Ordinal) });
            return id;
        }

        var mou = Cite("India and Thailand signed a memorandum of understanding on defence cooperation.");
        var exercise = Cite("Both armies took part in exercise MAITREE.");
        var led = Cite("Gen Tharapong Malakam led the Thai side.");
        if (stored is null)
        {
            batch.Nations.Add(new NationRow
            {
                Id = ids.Next<NationRow>(), Alpha2Code = "IN", Alpha3Code = "IND", NumericCode = "356", Name = "India", CitationId = mou,
                CorrelatesOfWarCode = 750, CorrelatesOfWarAbbreviation = "IND", GleditschWardCode = 750, GleditschWardAbbreviation = "IND",
            });
            batch.Nations.Add(new NationRow
            {
                Id = ids.Next<NationRow>(), Alpha2Code = "TH", Alpha3Code = "THA", NumericCode = "764", Name = "Thailand", CitationId = mou,
                CorrelatesOfWarCode = 800, CorrelatesOfWarAbbreviation = "THI", GleditschWardCode = 800, GleditschWardAbbreviation = "THI",
            });
        }

        var (indiaId, thailandId) = stored is { } s ? (s.India, s.Thailand) : (batch.Nations[0].Id, batch.Nations[1].Id);

        var agreement = ids.Next<AgreementRow>();
        batch.Agreements.Add(new AgreementRow
        {
            Id = agreement, Title = "MoU on defence cooperation", Kind = AgreementKind.MemorandumOfUnderstanding, Status = AgreementStatus.Signed,
            Subject = "defence cooperation", ConcludedOn = PartialDate.FromYear(2012), CitationId = mou,
        });
        foreach (var nation in new[] { indiaId, thailandId })
        {
            batch.AgreementParties.Add(new AgreementPartyRow { Id = ids.Next<AgreementPartyRow>(), AgreementId = agreement, NationId = nation, CitationId = mou });
        }

        var talks = ids.Next<EngagementRow>();
        batch.Engagements.Add(new EngagementRow { Id = talks, Kind = EngagementKind.Talks, Subject = "defence cooperation", HeldOn = PartialDate.FromYearMonthDay(2024, 12, 12), CitationId = led });
        var thaiDelegation = ids.Next<DelegationRow>();
        batch.Delegations.Add(new DelegationRow { Id = thaiDelegation, EngagementId = talks, NationId = thailandId, CitationId = led });
        var general = ids.Next<PersonRow>();
        batch.People.Add(new PersonRow { Id = general, Name = "Tharapong Malakam", Rank = "Gen", CitationId = led });
        batch.DelegationMembers.Add(new DelegationMemberRow { Id = ids.Next<DelegationMemberRow>(), DelegationId = thaiDelegation, PersonId = general, Role = DelegationRole.Leader, CitationId = led });

        var series = ids.Next<ExerciseSeriesRow>();
        batch.ExerciseSeries.Add(new ExerciseSeriesRow { Id = series, Name = $"MAITREE ({documentKey})", CitationId = exercise });
        var maitree = ids.Next<MilitaryExerciseRow>();
        batch.MilitaryExercises.Add(new MilitaryExerciseRow { Id = maitree, SeriesId = series, CitationId = exercise });
        foreach (var nation in new[] { indiaId, thailandId })
        {
            batch.ExerciseParticipants.Add(new ExerciseParticipantRow { Id = ids.Next<ExerciseParticipantRow>(), ExerciseId = maitree, NationId = nation, CitationId = exercise });
        }

        return batch;
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Imported_rows_are_queryable_through_the_context(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(kind);
        var importer = ImporterFor(database);
        var batch = SampleBatch(await importer.CreateIdAllocatorAsync());

        await importer.ImportAsync(batch);

        batch.TotalRows.Should().Be(17);
        await using var db = database.CreateContext();
        (await RowCounts.OfAsync(db)).Values.Sum().Should().Be(17);
        var mou = await db.Agreements
            .Where(a => a.Parties.Any(p => p.Nation.Alpha2Code == "IN") && a.Parties.Any(p => p.Nation.Alpha2Code == "TH"))
            .Select(a => new { a.Kind, a.ConcludedOn, a.Citation.Passage, a.Citation.StartIndex, a.Citation.SourceDocument.Text, a.Citation.SourceDocument.ContentSha256 })
            .SingleAsync();
        mou.Kind.Should().Be(AgreementKind.MemorandumOfUnderstanding);
        mou.ConcludedOn.Should().Be(PartialDate.FromYear(2012));
        mou.Text.Substring(mou.StartIndex, mou.Passage.Length).Should().Be(mou.Passage);
        mou.ContentSha256.Should().Be(new SourceDocument("x", null, PartialDate.FromYear(2024), Text).ContentSha256);

        var leader = await db.DelegationMembers.Where(m => m.Role == DelegationRole.Leader)
            .Select(m => new { m.Person.Rank, m.Person.Name, Nation = m.Delegation.Nation.Alpha2Code }).SingleAsync();
        leader.Should().BeEquivalentTo(new { Rank = "Gen", Name = "Tharapong Malakam", Nation = "TH" });
        (await db.MilitaryExercises.Where(x => x.Series.Name == "MAITREE (bulk-sample)").SelectMany(x => x.Participants).CountAsync()).Should().Be(2);
        (await db.Nations.OrderBy(n => n.Alpha2Code).Select(n => $"{n.Alpha2Code} COW {n.CorrelatesOfWarCode} {n.CorrelatesOfWarAbbreviation}, GW {n.GleditschWardCode} {n.GleditschWardAbbreviation}").ToListAsync())
            .Should().Equal("IN COW 750 IND, GW 750 IND", "TH COW 800 THI, GW 800 THI");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_row_breaking_a_model_rule_fails_the_whole_batch_before_anything_is_written(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        var importer = ImporterFor(database);
        await using var db = database.CreateContext();
        var before = await RowCounts.OfAsync(db);
        var ids = await importer.CreateIdAllocatorAsync();
        var nations = await StoredNationsAsync(db);
        var batch = SampleBatch(ids, "bulk-rule", nations);
        var duplicate = ids.Next<AgreementPartyRow>();
        batch.AgreementParties.Add(new AgreementPartyRow { Id = duplicate, AgreementId = batch.Agreements[0].Id, NationId = nations.India, CitationId = batch.Agreements[0].CitationId });

        var act = () => importer.ImportAsync(batch);

        var thrown = (await act.Should().ThrowAsync<DomainRuleException>()).Which.Should().BeOfType<BulkDomainRuleException>().Subject;
        thrown.Entity.Should().Be(nameof(AgreementParty));
        thrown.Field.Should().Be(nameof(AgreementParty.Nation));
        thrown.Value.Should().Be(nations.India);
        thrown.RowIndex.Should().Be(2);
        thrown.RowId.Should().Be(duplicate);
        thrown.Message.Should().Contain("agreement_parties row 2").And.Contain("distinct nations");
        (await RowCounts.OfAsync(db)).Should().Equal(before);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_citation_whose_passage_is_not_at_its_index_is_refused(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(kind);
        var importer = ImporterFor(database);
        var batch = SampleBatch(await importer.CreateIdAllocatorAsync());
        var moved = batch.Citations[1];
        batch.Citations[1] = new CitationRow { Id = moved.Id, SourceDocumentId = moved.SourceDocumentId, Passage = moved.Passage, StartIndex = moved.StartIndex + 1 };

        var thrown = (await ((Func<Task>)(() => importer.ImportAsync(batch))).Should().ThrowAsync<BulkDomainRuleException>()).Which;

        thrown.Entity.Should().Be(nameof(Citation));
        thrown.Field.Should().Be(nameof(Citation.Passage));
        thrown.RowIndex.Should().Be(1);
        thrown.Message.Should().Contain("does not occur verbatim");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_row_the_database_rejects_rolls_back_every_table_of_the_batch(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(kind);
        var importer = ImporterFor(database);
        await importer.ImportAsync(SampleBatch(await importer.CreateIdAllocatorAsync()));
        await using var db = database.CreateContext();
        var before = await RowCounts.OfAsync(db);
        // Singapore with India's COW number (and its own abbreviation, SIN): only the unique index
        // on correlates_of_war_code refuses it, after source_documents and citations have been
        // written in the same transaction.
        var ids = await importer.CreateIdAllocatorAsync();
        var batch = SampleBatch(ids, "bulk-unique", await StoredNationsAsync(db));
        batch.Nations.Add(new NationRow
        {
            Id = ids.Next<NationRow>(), Alpha2Code = "SG", Alpha3Code = "SGP", NumericCode = "702", Name = "Singapore",
            CorrelatesOfWarCode = 750, CorrelatesOfWarAbbreviation = "SIN", CitationId = batch.Citations[0].Id,
        });

        var thrown = (await ((Func<Task>)(() => importer.ImportAsync(batch))).Should().ThrowAsync<DbUpdateException>()).Which
            .Should().BeOfType<BulkConstraintViolationException>().Subject;

        thrown.Entity.Should().Be(nameof(Nation));
        thrown.Field.Should().Be(nameof(Nation.CorrelatesOfWarCode));
        thrown.Value.Should().Be(750);
        thrown.Kind.Should().Be(ConstraintKind.Unique);
        thrown.RowIndex.Should().Be(0);
        thrown.RowId.Should().Be(batch.Nations[0].Id);
        thrown.Message.Should().Contain("nations row 0");
        (await RowCounts.OfAsync(db)).Should().Equal(before);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_unassigned_iso_code_is_refused_by_name_before_anything_is_written(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(kind);
        var importer = ImporterFor(database);
        var ids = await importer.CreateIdAllocatorAsync();
        var batch = SampleBatch(ids);
        batch.Nations.Add(new NationRow { Id = ids.Next<NationRow>(), Alpha2Code = "OB", Alpha3Code = "OBX", NumericCode = "995", Name = "Oceania", CitationId = batch.Citations[0].Id });

        var thrown = (await ((Func<Task>)(() => importer.ImportAsync(batch))).Should().ThrowAsync<BulkDomainRuleException>()).Which;

        thrown.Entity.Should().Be(nameof(Nation));
        thrown.Field.Should().Be(nameof(Nation.Alpha2Code));
        thrown.Value.Should().Be("OB");
        thrown.RowIndex.Should().Be(2);
        thrown.Message.Should().Contain("nations row 2").And.Contain("Nation.Alpha2Code 'OB' is invalid: it is not an assigned ISO 3166-1 code");
        await using var db = database.CreateContext();
        (await RowCounts.OfAsync(db)).Values.Sum().Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Keys_continue_after_a_bulk_import_so_a_normal_EF_insert_works(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        var importer = ImporterFor(database);
        var ids = await importer.CreateIdAllocatorAsync();
        await using (var before = database.CreateContext())
        {
            ids.Peek<CitationRow>().Should().Be(await before.Citations.MaxAsync(c => c.Id) + 1);
        }

        BulkImportBatch batch;
        await using (var stored = database.CreateContext())
        {
            batch = SampleBatch(ids, "bulk-then-ef", await StoredNationsAsync(stored));
        }

        await importer.ImportAsync(batch);
        var lastImportedCitation = batch.Citations.Max(c => c.Id);

        await using var db = database.CreateContext();
        var document = new SourceDocument("after-bulk", null, PartialDate.FromYear(2025), "Exercise SIAM BHARAT was held.");
        var exercise = new ExerciseSeries("SIAM BHARAT", document.Cite("Exercise SIAM BHARAT was held.")).AddEdition(document.Cite("Exercise SIAM BHARAT was held."));
        db.MilitaryExercises.Add(exercise);
        await db.SaveChangesAsync();

        exercise.Citation.Id.Should().BeGreaterThan(lastImportedCitation);
        exercise.Id.Should().BeGreaterThan(batch.MilitaryExercises[0].Id);
        (await importer.CreateIdAllocatorAsync()).Peek<MilitaryExerciseRow>().Should().Be(exercise.Id + 1);
    }
}
