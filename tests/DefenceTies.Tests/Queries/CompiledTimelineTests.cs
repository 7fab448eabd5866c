using DefenceTies.Model;
using DefenceTies.Querying;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Queries;

/// <summary>
/// <c>RelationshipTimeline</c> is an ordinary query, however it is enumerated; the named fast path
/// <c>RelationshipTimelineAsync</c> runs the compiled form of the same query. Both must give the
/// same answer, with the nations asked for each time.
/// </summary>
public class CompiledTimelineTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_compiled_timeline_answers_as_the_composed_query_does(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await PlantedFacts.AddAsync(database, p =>
        {
            p.AddAgreement("India-Viet Nam accord", PartialDate.FromYear(2016), AgreementStatus.Signed, p.India, p.VietNam);
            var drill = p.Add(new ExerciseSeries("A planted drill", p.Citation)).AddEdition(p.Citation, PartialDate.FromYearMonth(2019, 5));
            drill.AddParticipant(p.India, p.Citation);
            drill.AddParticipant(p.Thailand, p.Citation);
        });
        await using var db = database.CreateContext();

        foreach (var (a, b) in new[] { ("IN", "TH"), ("th", "in"), ("IN", "VN"), ("TH", "VN"), ("IN", "US") })
        {
            var ordinary = Lines(await db.RelationshipTimeline(a, b).ToListAsync());
            var compiled = Lines(await db.RelationshipTimelineAsync(a, b));
            var streamed = new List<TimelineEntry>();
            await foreach (var entry in db.RelationshipTimeline(a, b).AsAsyncEnumerable())
            {
                streamed.Add(entry);
            }

            compiled.Should().Equal(ordinary, $"{a}–{b} compiled");
            Lines([.. db.RelationshipTimeline(a, b)]).Should().Equal(ordinary, $"{a}–{b} enumerated synchronously");
            Lines(streamed).Should().Equal(ordinary, $"{a}–{b} streamed");
        }

        (await db.RelationshipTimelineAsync("IN", "TH")).Should().HaveCount(5);
        (await db.RelationshipTimeline("IN", "TH").CountAsync()).Should().Be(5);
        (await db.RelationshipTimeline("IN", "VN").CountAsync()).Should().Be(1);
        (await db.RelationshipTimeline("IN", "US").ToListAsync()).Should().BeEmpty();
        (await db.RelationshipTimeline("IN", "TH").Take(2).Select(t => t.Title).ToListAsync()).Should().Equal("defence cooperation", "A planted drill");
        db.RelationshipTimeline("IN", "TH").ToQueryString().Should().Contain("UNION ALL");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_cancelled_timeline_stops_on_either_path(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var compiled = () => db.RelationshipTimelineAsync("IN", "TH", cancelled.Token);
        var ordinary = () => db.RelationshipTimeline("IN", "TH").ToListAsync(cancelled.Token);

        await compiled.Should().ThrowAsync<OperationCanceledException>();
        await ordinary.Should().ThrowAsync<OperationCanceledException>();
        (await db.RelationshipTimelineAsync("IN", "TH")).Should().Equal(await db.RelationshipTimeline("IN", "TH").ToListAsync(), "the context still answers after a cancelled call");
    }

    [Fact]
    public void The_ordinary_timeline_is_an_ordinary_ef_core_query()
    {
        using var db = new DefenceTiesDbContext(new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesSqlite("Data Source=:memory:").Options);

        var timeline = db.RelationshipTimeline("IN", "TH");

        timeline.GetType().Assembly.Should().BeSameAs(typeof(DbContext).Assembly, "the query is EF Core's own, not a wrapper of the library's");
    }

    [Fact]
    public async Task The_fast_path_checks_its_codes_as_the_query_does()
    {
        await using var db = new DefenceTiesDbContext(new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesSqlite("Data Source=:memory:").Options);

        var same = () => db.RelationshipTimelineAsync("IN", "in");
        var invalid = () => db.RelationshipTimelineAsync("IND", "TH");

        await same.Should().ThrowAsync<ArgumentException>();
        await invalid.Should().ThrowAsync<ArgumentException>();
    }

    private static List<string> Lines(IEnumerable<TimelineEntry> entries) =>
        [.. entries.Select(e => $"{e.Date} {e.Kind} {e.EntityId} {e.Title} | {e.CitationPassage}")];
}
