using DefenceTies.Model;
using DefenceTies.Querying;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Queries;

/// <summary>
/// The relationship timeline enumerated as it is runs as a compiled query; composed, it is an
/// ordinary query. Both must give the same answer, with the nations asked for each time.
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
            var drill = p.Add(new MilitaryExercise("A planted drill", p.Citation, PartialDate.FromYearMonth(2019, 5)));
            drill.AddParticipant(p.India, p.Citation);
            drill.AddParticipant(p.Thailand, p.Citation);
        });
        await using var db = database.CreateContext();

        foreach (var (a, b) in new[] { ("IN", "TH"), ("th", "in"), ("IN", "VN"), ("TH", "VN"), ("IN", "US") })
        {
            // Where(_ => true) makes it an ordinary query: the reference answer.
            var composed = Lines(await db.RelationshipTimeline(a, b).Where(_ => true).ToListAsync());
            var compiledAsync = Lines(await db.RelationshipTimeline(a, b).ToListAsync());
            var compiledSync = Lines([.. db.RelationshipTimeline(a, b)]);
            var streamed = new List<TimelineEntry>();
            await foreach (var entry in db.RelationshipTimeline(a, b).AsAsyncEnumerable())
            {
                streamed.Add(entry);
            }

            compiledAsync.Should().Equal(composed, $"{a}–{b} compiled (async)");
            compiledSync.Should().Equal(composed, $"{a}–{b} compiled (sync)");
            Lines(streamed).Should().Equal(composed, $"{a}–{b} streamed");
        }

        (await db.RelationshipTimeline("IN", "TH").CountAsync()).Should().Be(5);
        (await db.RelationshipTimeline("IN", "VN").CountAsync()).Should().Be(1);
        (await db.RelationshipTimeline("IN", "US").ToListAsync()).Should().BeEmpty();
        (await db.RelationshipTimeline("IN", "TH").Take(2).Select(t => t.Title).ToListAsync()).Should().Equal("defence cooperation", "A planted drill");
        db.RelationshipTimeline("IN", "TH").ToQueryString().Should().Contain("UNION ALL");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_cancelled_compiled_timeline_stops(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var act = () => db.RelationshipTimeline("IN", "TH").ToListAsync(cancelled.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    private static List<string> Lines(IEnumerable<TimelineEntry> entries) =>
        [.. entries.Select(e => $"{e.Date} {e.Kind} {e.EntityId} {e.Title} | {e.CitationPassage}")];
}
