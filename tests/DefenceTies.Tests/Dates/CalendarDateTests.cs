using DefenceTies.Bulk;
using DefenceTies.Model;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DefenceTies.Tests.Bulk.BulkImportTests;

namespace DefenceTies.Tests.Dates;

/// <summary>
/// A stored partial date is always a real date: the database's own CHECK refuses a day the month
/// does not have (leap years included), so no row can make a query throw when it reads the date;
/// and <c>default(PartialDate)</c> is refused by name on every path that takes a date.
/// </summary>
public class CalendarDateTests
{
    private static readonly string[] Impossible = ["2024-02-30", "2023-02-29", "1900-02-29", "2100-02-29", "2024-04-31", "2024-06-31", "2024-09-31", "2024-11-31", "0001-02-29"];

    private static readonly string[] Real = ["2024-02-29", "2000-02-29", "2023-02-28", "1600-02-29", "2024-01-31", "2024-04-30", "2024-12-31", "0004-02-29"];

    public static TheoryData<DatabaseKind, string> ImpossibleDates => Cross(Impossible);

    public static TheoryData<DatabaseKind, string> RealDates => Cross(Real);

    [Theory]
    [MemberData(nameof(ImpossibleDates))]
    public async Task The_database_refuses_a_day_its_month_does_not_have(DatabaseKind kind, string date)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        var before = await Fingerprint.OfAsync(database);
        await using var db = database.CreateContext();
        var cite = await db.Citations.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var mou = await db.Agreements.Where(a => a.Kind == AgreementKind.MemorandumOfUnderstanding).Select(a => a.Id).SingleAsync();

        var insert = () => db.Database.ExecuteSqlAsync($"INSERT INTO engagements (kind, subject, held_on, citation_id) VALUES ('Talks', 'talks', {date}, {cite})");
        var update = () => db.Database.ExecuteSqlAsync($"UPDATE agreements SET ended_on = {date}, status = 'Ended' WHERE id = {mou}");

        var inserted = (await insert.Should().ThrowAsync<ConstraintViolationException>()).Which;
        (inserted.Entity, inserted.Field, inserted.Kind, inserted.ConstraintName).Should().Be((nameof(Engagement), nameof(Engagement.HeldOn), ConstraintKind.Check, "ck_engagements_held_on_format"));
        var updated = (await update.Should().ThrowAsync<ConstraintViolationException>()).Which;
        (updated.Entity, updated.Field, updated.ConstraintName).Should().Be((nameof(Agreement), nameof(Agreement.EndedOn), "ck_agreements_ended_on_format"));
        PartialDate.TryParse(date, out _).Should().BeFalse("the model refuses it too");
        (await Fingerprint.OfAsync(database)).Should().Equal(before);
    }

    [Theory]
    [MemberData(nameof(RealDates))]
    public async Task A_real_day_stored_by_sql_reads_back_as_that_day(DatabaseKind kind, string date)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var cite = await db.Citations.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();

        await db.Database.ExecuteSqlAsync($"INSERT INTO engagements (kind, subject, held_on, citation_id) VALUES ('Talks', 'calendar', {date}, {cite})");

        (await db.Engagements.Where(e => e.Subject == "calendar").Select(e => e.HeldOn).SingleAsync()).Should().Be(PartialDate.Parse(date));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_default_date_is_refused_by_name_on_every_path_and_nothing_changes(DatabaseKind kind)
    {
        PartialDate none = default;
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        var before = await Fingerprint.OfAsync(database);
        await using var db = database.CreateContext();
        var cite = await db.Citations.Include(c => c.SourceDocument).OrderBy(c => c.Id).FirstAsync();
        var mou = await db.Agreements.Include(a => a.Parties).SingleAsync(a => a.Kind == AgreementKind.MemorandumOfUnderstanding);

        var model = new Action[]
        {
            () => _ = new Engagement(EngagementKind.Talks, "talks", none, cite),
            () => _ = new ExerciseSeries("X", cite).AddEdition(cite, startedOn: none),
            () => mou.RecordEnd(none),
        }.Select(a => a.Should().Throw<DomainRuleException>().Which).ToList();
        model.Select(e => $"{e.Entity}.{e.Field}").Should().Equal("Engagement.HeldOn", "MilitaryExercise.StartedOn", "Agreement.EndedOn");

        var importer = ImporterFor(database);
        var batch = SampleBatch(await importer.CreateIdAllocatorAsync(), "default-date");
        var row = batch.Agreements[0];
        batch.Agreements[0] = new AgreementRow { Id = row.Id, Title = row.Title, Kind = row.Kind, Status = row.Status, Subject = row.Subject, ConcludedOn = none, CitationId = row.CitationId };
        var bulk = (await ((Func<Task>)(() => importer.ImportAsync(batch))).Should().ThrowAsync<BulkDomainRuleException>()).Which;
        (bulk.Entity, bulk.Field, bulk.RowIndex).Should().Be((nameof(Agreement), nameof(Agreement.ConcludedOn), 0));

        // Outside the model a default date has no stored form: refused as the command is built.
        var update = () => db.Agreements.Where(a => a.Id == mou.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.EndedOn, none));
        var query = () => db.Engagements.AnyAsync(e => e.HeldOn == none);
        (await update.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().StartWith("default(PartialDate) is not a date");
        (await query.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().StartWith("default(PartialDate) is not a date");

        db.ChangeTracker.Clear();
        (await Fingerprint.OfAsync(database)).Should().Equal(before);
    }

    private static TheoryData<DatabaseKind, string> Cross(string[] dates)
    {
        var data = new TheoryData<DatabaseKind, string>();
        foreach (var kind in Enum.GetValues<DatabaseKind>())
        {
            foreach (var date in dates)
            {
                data.Add(kind, date);
            }
        }

        return data;
    }
}
