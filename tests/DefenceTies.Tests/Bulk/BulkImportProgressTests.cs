using DefenceTies.Bulk;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Bulk;

/// <summary>The importer reports its progress as it writes, and says "committed" only when the batch is stored.</summary>
public class BulkImportProgressTests
{
    private const int ExtraCitations = 9000;

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Progress_counts_every_row_once_and_ends_with_the_commit(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(kind);
        var importer = BulkImportTests.ImporterFor(database);
        var batch = WithManyCitations(BulkImportTests.SampleBatch(await importer.CreateIdAllocatorAsync()));
        var reports = new Reports();

        await importer.ImportAsync(batch, reports);

        var total = batch.TotalRows;
        reports.Should().NotBeEmpty();
        reports.Select(r => r.TotalRows).Should().AllBeEquivalentTo(total);
        reports.Select(r => r.RowsWritten).Should().BeInAscendingOrder().And.OnlyContain(n => n > 0 && n <= total);
        reports.Where(r => r.IsCommitted).Should().ContainSingle().Which.Should().Be(reports[^1]);
        reports[^1].RowsWritten.Should().Be(total);

        // Citations follow the one source document: reports inside that table every ProgressInterval rows, then its end.
        var citations = reports.Where(r => r.Table == "citations").Select(r => r.RowsWritten).ToList();
        var before = 1L;
        citations.Should().Equal(before + DefenceTiesBulkImporter.ProgressInterval, before + (2 * DefenceTiesBulkImporter.ProgressInterval), before + batch.Citations.Count);

        // One end-of-table report per table with rows, plus the commit.
        var tablesWithRows = reports.Where(r => !r.IsCommitted).Select(r => r.Table).Distinct().Count();
        reports.Count(r => !r.IsCommitted).Should().Be(tablesWithRows + 2);
        await using var db = database.CreateContext();
        (await RowCounts.OfAsync(db)).Values.Sum().Should().Be((int)total);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_refused_batch_never_reports_a_commit(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(kind);
        var importer = BulkImportTests.ImporterFor(database);
        var batch = WithManyCitations(BulkImportTests.SampleBatch(await importer.CreateIdAllocatorAsync()));
        // Singapore with India's COW number: only the unique index refuses it, after the citations were sent.
        batch.Nations.Add(new NationRow
        {
            Id = batch.Nations.Max(n => n.Id) + 1, Alpha2Code = "SG", Alpha3Code = "SGP", NumericCode = "702", Name = "Singapore",
            CorrelatesOfWarCode = 750, CorrelatesOfWarAbbreviation = "SIN", CitationId = batch.Citations[0].Id,
        });
        var reports = new Reports();

        var act = () => importer.ImportAsync(batch, reports);

        await act.Should().ThrowAsync<BulkConstraintViolationException>();
        reports.Should().NotContain(r => r.IsCommitted);
        reports.Should().Contain(r => r.Table == "citations", "rows were sent before the refusal");
        await using var db = database.CreateContext();
        (await RowCounts.OfAsync(db)).Values.Sum().Should().Be(0, "a refused batch stores nothing");
    }

    private static BulkImportBatch WithManyCitations(BulkImportBatch batch)
    {
        var template = batch.Citations[1];
        var next = batch.Citations.Max(c => c.Id) + 1;
        for (var i = 0; i < ExtraCitations; i++)
        {
            batch.Citations.Add(new CitationRow { Id = next + i, SourceDocumentId = template.SourceDocumentId, Passage = template.Passage, StartIndex = template.StartIndex });
        }

        return batch;
    }

    /// <summary>Keeps every report, on the importing thread (a <see cref="Progress{T}"/> would post them elsewhere).</summary>
    private sealed class Reports : List<BulkImportProgress>, IProgress<BulkImportProgress>
    {
        public void Report(BulkImportProgress value) => Add(value);
    }
}
