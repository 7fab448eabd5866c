using DefenceTies.Bulk;
using DefenceTies.Sqlite;
using DefenceTies.Model;
using DefenceTies.PostgreSql;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Bulk;

/// <summary>The bulk path: rows it stores are ordinary rows; a bad row stores nothing; keys continue after it.</summary>
public class BulkImportTests
{
    private const string Text = "India and Thailand signed a memorandum of understanding on defence cooperation. Both armies took part in exercise MAITREE. Gen Tharapong Malakam led the Thai side.";

    internal static IDefenceTiesBulkImporter ImporterFor(TestDatabase database) =>
        database.Kind == DatabaseKind.PostgreSql
            ? new PostgreSqlBulkImporter(database.ConnectionString)
            : new SqliteBulkImporter(database.ConnectionString);

    /// <summary>A document, two nations, an agreement between them, talks with both delegations and their leaders, and an exercise.</summary>
    private static BulkImportBatch SampleBatch(BulkIdAllocator ids, string documentKey = "bulk-sample")
    {
        var batch = new BulkImportBatch();
        var doc = ids.Next(BulkTable.SourceDocuments);
        batch.SourceDocuments.Add(new SourceDocumentRow(doc, documentKey, null, PartialDate.FromYearMonthDay(2024, 12, 12), Text));
        int Cite(string passage)
        {
            var id = ids.Next(BulkTable.Citations);
            batch.Citations.Add(new CitationRow(id, doc, passage, Text.IndexOf(passage, StringComparison.Ordinal)));
            return id;
        }

        var mou = Cite("India and Thailand signed a memorandum of understanding on defence cooperation.");
        var exercise = Cite("Both armies took part in exercise MAITREE.");
        var led = Cite("Gen Tharapong Malakam led the Thai side.");
        var india = ids.Next(BulkTable.Nations);
        var thailand = ids.Next(BulkTable.Nations);
        batch.Nations.Add(new NationRow(india, "IN", "IND", "356", "India", mou));
        batch.Nations.Add(new NationRow(thailand, "TH", "THA", "764", "Thailand", mou));

        var agreement = ids.Next(BulkTable.Agreements);
        batch.Agreements.Add(new AgreementRow(agreement, "MoU on defence cooperation", AgreementKind.MemorandumOfUnderstanding, AgreementStatus.Signed, "defence cooperation", PartialDate.FromYear(2012), null, null, null, mou));
        batch.AgreementParties.Add(new AgreementPartyRow(ids.Next(BulkTable.AgreementParties), agreement, india, mou));
        batch.AgreementParties.Add(new AgreementPartyRow(ids.Next(BulkTable.AgreementParties), agreement, thailand, mou));

        var talks = ids.Next(BulkTable.Engagements);
        batch.Engagements.Add(new EngagementRow(talks, EngagementKind.Talks, "defence cooperation", PartialDate.FromYearMonthDay(2024, 12, 12), led));
        var thaiDelegation = ids.Next(BulkTable.Delegations);
        batch.Delegations.Add(new DelegationRow(thaiDelegation, talks, thailand, led));
        var general = ids.Next(BulkTable.People);
        batch.People.Add(new PersonRow(general, "Tharapong Malakam", "Gen", led));
        batch.DelegationMembers.Add(new DelegationMemberRow(ids.Next(BulkTable.DelegationMembers), thaiDelegation, general, DelegationRole.Leader, null, led));

        var maitree = ids.Next(BulkTable.MilitaryExercises);
        batch.MilitaryExercises.Add(new MilitaryExerciseRow(maitree, "MAITREE", null, null, exercise));
        batch.ExerciseParticipants.Add(new ExerciseParticipantRow(ids.Next(BulkTable.ExerciseParticipants), maitree, india, null, exercise));
        batch.ExerciseParticipants.Add(new ExerciseParticipantRow(ids.Next(BulkTable.ExerciseParticipants), maitree, thailand, null, exercise));
        return batch;
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Imported_rows_are_queryable_through_the_context(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(kind);
        var importer = ImporterFor(database);

        var result = await importer.ImportAsync(SampleBatch(await importer.CreateIdAllocatorAsync()));

        result.RowsByTable[BulkTable.AgreementParties].Should().Be(2);
        result.TotalRows.Should().Be(16);
        await using var db = database.CreateContext();
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
        (await db.MilitaryExercises.Where(x => x.Name == "MAITREE").SelectMany(x => x.Participants).CountAsync()).Should().Be(2);
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
        var batch = SampleBatch(ids);
        var agreement = batch.Agreements[0].Id;
        batch.AgreementParties.Add(new AgreementPartyRow(ids.Next(BulkTable.AgreementParties), agreement, batch.Nations[0].Id, batch.Agreements[0].CitationId));

        var act = () => importer.ImportAsync(batch);

        var thrown = (await act.Should().ThrowAsync<BulkImportException>()).Which;
        thrown.Table.Should().Be(BulkTable.AgreementParties);
        thrown.RowIndex.Should().Be(2);
        thrown.Message.Should().Contain("agreement_parties").And.Contain("distinct nations");
        (await RowCounts.OfAsync(db)).Should().Equal(before);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_citation_whose_passage_is_not_at_its_index_is_refused(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(kind);
        var importer = ImporterFor(database);
        var batch = SampleBatch(await importer.CreateIdAllocatorAsync());
        batch.Citations[1] = batch.Citations[1] with { StartIndex = batch.Citations[1].StartIndex + 1 };

        var thrown = (await ((Func<Task>)(() => importer.ImportAsync(batch))).Should().ThrowAsync<BulkImportException>()).Which;

        thrown.Table.Should().Be(BulkTable.Citations);
        thrown.RowIndex.Should().Be(1);
        thrown.Message.Should().Contain("does not occur verbatim");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_row_the_database_rejects_rolls_back_every_table_of_the_batch(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        var importer = ImporterFor(database);
        await using var db = database.CreateContext();
        var before = await RowCounts.OfAsync(db);
        var ids = await importer.CreateIdAllocatorAsync();
        var batch = SampleBatch(ids, "bulk-fk");
        // "IN" is already stored by the seed: the unique index on alpha2_code refuses it, after
        // source_documents and citations have been written in the same transaction.
        batch.Nations.RemoveAt(1);

        var thrown = (await ((Func<Task>)(() => importer.ImportAsync(batch))).Should().ThrowAsync<BulkImportException>()).Which;

        thrown.Table.Should().Be(BulkTable.Nations);
        thrown.Message.Should().Contain("nations").And.Contain("the database rejected");
        (await RowCounts.OfAsync(db)).Should().Equal(before);
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
            ids.Peek(BulkTable.Citations).Should().Be(await before.Citations.MaxAsync(c => c.Id) + 1);
        }

        var batch = SampleBatch(ids, "bulk-then-ef");
        batch.Nations.Clear();
        batch.AgreementParties.Clear();
        batch.Delegations.Clear();
        batch.DelegationMembers.Clear();
        batch.ExerciseParticipants.Clear();
        batch.MilitaryExercises[0] = batch.MilitaryExercises[0] with { Name = "MAITREE (bulk)" };
        await importer.ImportAsync(batch);
        var lastImportedCitation = batch.Citations.Max(c => c.Id);

        await using var db = database.CreateContext();
        var document = new SourceDocument("after-bulk", null, PartialDate.FromYear(2025), "Exercise SIAM BHARAT was held.");
        var exercise = new MilitaryExercise("SIAM BHARAT", document.Cite("Exercise SIAM BHARAT was held."));
        db.MilitaryExercises.Add(exercise);
        await db.SaveChangesAsync();

        exercise.Citation.Id.Should().BeGreaterThan(lastImportedCitation);
        exercise.Id.Should().BeGreaterThan(batch.MilitaryExercises[0].Id);
        (await importer.CreateIdAllocatorAsync()).Peek(BulkTable.MilitaryExercises).Should().Be(exercise.Id + 1);
    }
}
