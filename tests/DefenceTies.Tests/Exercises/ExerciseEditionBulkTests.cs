using DefenceTies.Bulk;
using DefenceTies.Model;
using DefenceTies.Tests.Bulk;
using DefenceTies.Tests.Infrastructure;
using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace DefenceTies.Tests.Exercises;

/// <summary>
/// The bulk path keeps a series and its editions as the model does: rows of two editions of one
/// series with different start dates are stored under it; two with the same start date are refused
/// in the batch before anything is written, and one with a stored edition's start date by the
/// database's unique index.
/// </summary>
public class ExerciseEditionBulkTests
{
    private const string Text = "India and Vietnam held HARBOUR GUARD in June 2023 and again in May 2025.";
    private static readonly PartialDate June2023 = PartialDate.FromYearMonth(2023, 6);
    private static readonly PartialDate May2025 = PartialDate.FromYearMonth(2025, 5);

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Two_editions_of_one_series_are_stored_under_it_each_with_its_date(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(kind);
        var importer = BulkImportTests.ImporterFor(database);
        var ids = await importer.CreateIdAllocatorAsync();
        var (batch, series, cite) = SeriesBatch(ids, "bulk-editions");
        Edition(batch, ids, series, cite, June2023);
        Edition(batch, ids, series, cite, May2025, "HARBOUR GUARD 2025");

        await importer.ImportAsync(batch);

        await using var db = database.CreateContext();
        var stored = await db.ExerciseSeries.Where(s => s.Id == series).Select(s => new { s.Name, Editions = s.Editions.OrderBy(e => e.StartedOn).Select(e => new { e.StartedOn, e.Name }).ToList() }).SingleAsync();
        stored.Name.Should().Be("HARBOUR GUARD");
        stored.Editions.Select(e => e.StartedOn).Should().Equal(June2023, May2025);
        stored.Editions.Select(e => e.Name).Should().Equal(null, "HARBOUR GUARD 2025");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Two_editions_of_one_series_with_the_same_start_date_are_refused_before_anything_is_written(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(kind);
        var importer = BulkImportTests.ImporterFor(database);
        var ids = await importer.CreateIdAllocatorAsync();
        var (batch, series, cite) = SeriesBatch(ids, "bulk-editions-twice");
        Edition(batch, ids, series, cite, June2023);
        var again = Edition(batch, ids, series, cite, June2023, "HARBOUR GUARD 2023");

        var thrown = (await ((Func<Task>)(() => importer.ImportAsync(batch))).Should().ThrowAsync<BulkDomainRuleException>()).Which;

        thrown.Entity.Should().Be(nameof(MilitaryExercise));
        thrown.Field.Should().Be(nameof(MilitaryExercise.StartedOn));
        thrown.RowIndex.Should().Be(1);
        thrown.RowId.Should().Be(again);
        thrown.Message.Should().Contain("identified by its series and start date");
        await using var db = database.CreateContext();
        (await db.ExerciseSeries.CountAsync()).Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_edition_with_a_stored_editions_start_date_is_refused_by_the_database(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(kind);
        var importer = BulkImportTests.ImporterFor(database);
        var ids = await importer.CreateIdAllocatorAsync();
        var (first, series, cite) = SeriesBatch(ids, "bulk-editions-first");
        Edition(first, ids, series, cite, June2023);
        await importer.ImportAsync(first);
        var second = new BulkImportBatch();
        Edition(second, ids, series, cite, June2023);

        var thrown = (await ((Func<Task>)(() => importer.ImportAsync(second))).Should().ThrowAsync<BulkConstraintViolationException>()).Which;

        thrown.Entity.Should().Be(nameof(MilitaryExercise));
        thrown.Kind.Should().Be(ConstraintKind.Unique);
        await using var db = database.CreateContext();
        (await db.MilitaryExercises.CountAsync()).Should().Be(1);
    }

    /// <summary>A document, its citation and the series HARBOUR GUARD, with no edition yet.</summary>
    private static (BulkImportBatch Batch, int Series, int Cite) SeriesBatch(BulkIdAllocator ids, string key)
    {
        var batch = new BulkImportBatch();
        var document = ids.Next<SourceDocumentRow>();
        batch.SourceDocuments.Add(new SourceDocumentRow { Id = document, Key = key, PublishedOn = PartialDate.FromYear(2025), Text = Text });
        var cite = ids.Next<CitationRow>();
        batch.Citations.Add(new CitationRow { Id = cite, SourceDocumentId = document, Passage = Text, StartIndex = 0 });
        var series = ids.Next<ExerciseSeriesRow>();
        batch.ExerciseSeries.Add(new ExerciseSeriesRow { Id = series, Name = "HARBOUR GUARD", CitationId = cite });
        return (batch, series, cite);
    }

    private static int Edition(BulkImportBatch batch, BulkIdAllocator ids, int series, int cite, PartialDate startedOn, string? name = null)
    {
        var id = ids.Next<MilitaryExerciseRow>();
        batch.MilitaryExercises.Add(new MilitaryExerciseRow { Id = id, SeriesId = series, Name = name, StartedOn = startedOn, CitationId = cite });
        return id;
    }
}
