using DefenceTies.Bulk;
using DefenceTies.Model;
using DefenceTies.Tests.Infrastructure;
using DefenceTies.Verification;
using Microsoft.EntityFrameworkCore;
using static DefenceTies.Tests.Bulk.BulkImportTests;

namespace DefenceTies.Tests.Reliability;

/// <summary>
/// An agreement has at least two distinct parties once saved, through SaveChanges and the bulk
/// path; what raw SQL stores anyway (no constraint can refuse it) the integrity check reports,
/// and reading it does not fail.
/// </summary>
public class AgreementPartiesTests
{
    public static TheoryData<DatabaseKind, int> TooFew
    {
        get
        {
            var data = new TheoryData<DatabaseKind, int>();
            foreach (var kind in Enum.GetValues<DatabaseKind>())
            {
                data.Add(kind, 0);
                data.Add(kind, 1);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(TooFew))]
    public async Task SaveChanges_refuses_an_agreement_with_fewer_than_two_parties(DatabaseKind kind, int parties)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        var before = await Fingerprint.OfAsync(database);
        await using var db = database.CreateContext();
        var cite = await db.Citations.Include(c => c.SourceDocument).OrderBy(c => c.Id).FirstAsync();
        var agreement = db.Agreements.Add(new Agreement("Accord", AgreementKind.Treaty, AgreementStatus.Signed, "defence", null, cite)).Entity;
        foreach (var nation in await db.Nations.OrderBy(n => n.Id).Take(parties).ToListAsync())
        {
            agreement.AddParty(nation, cite);
        }

        var error = (await ((Func<Task>)(() => db.SaveChangesAsync())).Should().ThrowAsync<DomainRuleException>()).Which;
        var sync = db.Invoking(d => d.SaveChanges()).Should().Throw<DomainRuleException>().Which;

        (error.Entity, error.Field, error.Value).Should().Be((nameof(Agreement), nameof(Agreement.Parties), parties));
        error.Rule.Should().Contain("at least 2 distinct parties");
        sync.Message.Should().Be(error.Message);
        (await Fingerprint.OfAsync(database)).Should().Equal(before);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task SaveChanges_refuses_to_leave_a_stored_agreement_with_one_party_but_not_a_whole_delete(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        var before = await Fingerprint.OfAsync(database);
        await using var db = database.CreateContext();
        var mou = await db.Agreements.Include(a => a.Parties).SingleAsync(a => a.Kind == AgreementKind.MemorandumOfUnderstanding);
        db.Remove(mou.Parties.First());

        var error = (await ((Func<Task>)(() => db.SaveChangesAsync())).Should().ThrowAsync<DomainRuleException>()).Which;

        (error.Entity, error.Field, error.Value).Should().Be((nameof(Agreement), nameof(Agreement.Parties), 1));
        (await Fingerprint.OfAsync(database)).Should().Equal(before);

        // Replacing the party keeps two; deleting the agreement with its parties leaves none to count.
        var cite = await db.Citations.Include(c => c.SourceDocument).OrderBy(c => c.Id).FirstAsync();
        var laos = await db.Nations.SingleAsync(n => n.Alpha2Code == "LA");
        mou.AddParty(laos, cite);
        await db.SaveChangesAsync();
        await using var again = database.CreateContext();
        var stored = await again.Agreements.Include(a => a.Parties).SingleAsync(a => a.Id == mou.Id);
        stored.Parties.Select(p => p.NationId).Should().HaveCount(2).And.Contain(laos.Id);
        again.RemoveRange(stored.Parties);
        again.Remove(stored);
        await again.SaveChangesAsync();
        (await again.Agreements.AnyAsync(a => a.Id == mou.Id)).Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(TooFew))]
    public async Task The_bulk_path_refuses_an_agreement_with_fewer_than_two_parties_in_the_batch(DatabaseKind kind, int parties)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        var before = await Fingerprint.OfAsync(database);
        var importer = ImporterFor(database);
        var batch = SampleBatch(await importer.CreateIdAllocatorAsync(), "bulk-parties");
        while (batch.AgreementParties.Count > parties)
        {
            batch.AgreementParties.RemoveAt(batch.AgreementParties.Count - 1);
        }

        var error = (await ((Func<Task>)(() => importer.ImportAsync(batch))).Should().ThrowAsync<BulkDomainRuleException>()).Which;

        (error.Entity, error.Field, error.Value, error.RowIndex, error.RowId).Should().Be((nameof(Agreement), nameof(Agreement.Parties), parties, 0, batch.Agreements[0].Id));
        error.Message.Should().Contain("agreements row 0");
        (await Fingerprint.OfAsync(database)).Should().Equal(before);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_agreement_given_one_party_by_sql_is_reported_by_the_integrity_check_and_still_reads(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        (await StoredDataCheck.CheckAsync(db)).Should().BeEmpty("the seeded database keeps every rule");
        var cite = await db.Citations.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var india = await db.Nations.Where(n => n.Alpha2Code == "IN").Select(n => n.Id).SingleAsync();

        // No constraint can count a table's rows per agreement: raw SQL still stores these.
        await db.Database.ExecuteSqlAsync($"INSERT INTO agreements (title, name_key, kind, status, subject, citation_id) VALUES ('One-sided', 'one-sided', 'Treaty', 'Signed', 's', {cite})");
        await db.Database.ExecuteSqlAsync($"INSERT INTO agreements (title, name_key, kind, status, subject, citation_id) VALUES ('No parties', 'no parties', 'Treaty', 'Signed', 's', {cite})");
        var oneSided = await db.Agreements.Where(a => a.Title == "One-sided").Select(a => a.Id).SingleAsync();
        var none = await db.Agreements.Where(a => a.Title == "No parties").Select(a => a.Id).SingleAsync();
        await db.Database.ExecuteSqlAsync($"INSERT INTO agreement_parties (agreement_id, nation_id, citation_id) VALUES ({oneSided}, {india}, {cite})");

        var findings = await StoredDataCheck.CheckAsync(db);

        findings.Select(f => (f.Entity, f.Field, f.Id, f.Value)).Should().Equal((nameof(Agreement), nameof(Agreement.Parties), oneSided, (object)1), (nameof(Agreement), nameof(Agreement.Parties), none, (object)0));
        findings[0].ToString().Should().Be($"Agreement {oneSided}: Agreement.Parties '1' is invalid: an agreement has at least 2 distinct parties; this one has 1.");
        (await db.Agreements.Include(a => a.Parties).SingleAsync(a => a.Id == oneSided)).Parties.Should().ContainSingle();
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_date_stored_with_its_check_switched_off_is_reported_instead_of_failing_the_check(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var cite = await db.Citations.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        await db.Database.OpenConnectionAsync();

        // What a DBA could do by hand: switch SQLite's CHECKs off, or drop PostgreSQL's constraint.
#pragma warning disable EF1002 // Constant SQL of the test itself.
        await db.Database.ExecuteSqlRawAsync(kind == DatabaseKind.PostgreSql
            ? "ALTER TABLE engagements DROP CONSTRAINT ck_engagements_held_on_format"
            : "PRAGMA ignore_check_constraints = ON");
#pragma warning restore EF1002
        await db.Database.ExecuteSqlAsync($"INSERT INTO engagements (kind, subject, held_on, citation_id) VALUES ('Talks', 'impossible', {"2024-02-30"}, {cite})");
        var id = await db.Engagements.Where(e => e.Subject == "impossible").Select(e => e.Id).SingleAsync();

        var findings = await StoredDataCheck.CheckAsync(db);

        findings.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Entity = nameof(Engagement), Field = nameof(Engagement.HeldOn), Id = id, Value = (object)"2024-02-30" });
        findings[0].Problem.Should().Contain("not a partial date");
        // This is what the constraint prevents: the row cannot be read as a PartialDate.
        var failure = (await ((Func<Task>)(() => db.Engagements.Where(e => e.Id == id).Select(e => e.HeldOn).SingleAsync())).Should().ThrowAsync<Exception>()).Which;
        (failure as FormatException ?? failure.InnerException).Should().BeOfType<FormatException>();
    }
}
