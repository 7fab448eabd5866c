using DefenceTies.FactPacks;
using DefenceTies.Model;
using DefenceTies.Querying;
using DefenceTies.Tests.FactPacks;
using DefenceTies.Tests.Infrastructure;
using DefenceTies.Verification;
using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace DefenceTies.Tests.Exercises;

/// <summary>
/// Issue 24, point 3: an exercise series and its editions are different facts. Two made-up reports
/// of the HARBOUR GUARD series, one of its 2023 edition and one of its 2025 edition, keep both
/// editions under one series, each with its own date and citation (before, the second report merged
/// onto the first by name and its date was stored nowhere); a third report restating the 2025
/// edition, dated only by its year, corroborates it.
/// </summary>
public class ExerciseEditionImportTests
{
    private const string Series = "HARBOUR GUARD";
    private const string Key2023 = "test/harbour-guard-2023-06";
    private const string Key2025 = "test/harbour-guard-2025-05";
    private const string Key2025Again = "test/harbour-guard-2025-05-again";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Importing_two_editions_of_one_exercise_series_keeps_both_dates(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using (var db = database.CreateContext())
        {
            var first = await db.ImportFactPackAsync(await Load("test-harbour-guard-2023.json"));
            first.Counts.Should().ContainEquivalentOf(new FactPackImportCount(nameof(ExerciseSeries), 1, 0))
                .And.ContainEquivalentOf(new FactPackImportCount(nameof(MilitaryExercise), 1, 0));
        }

        await using (var db = database.CreateContext())
        {
            var second = await db.ImportFactPackAsync(await Load("test-harbour-guard-2025.json"));
            second.Counts.Should().ContainEquivalentOf(new FactPackImportCount(nameof(ExerciseSeries), 0, 1), "the series is the one the first report named")
                .And.ContainEquivalentOf(new FactPackImportCount(nameof(MilitaryExercise), 1, 0), "an edition with another start date is another edition");
        }

        await using var check = database.CreateContext();
        var series = await check.ExerciseSeries.Where(s => s.Name == Series).WithSources().SingleAsync();
        series.SourceKeys.Should().Equal(Key2023, Key2025);
        var editions = await check.MilitaryExercises.Where(x => x.Series.Name == Series).OrderBy(x => x.StartedOn)
            .Select(x => new
            {
                x.StartedOn,
                x.Name,
                Document = x.Citation.SourceDocument.Key,
                x.Citation.Passage,
                Corroborations = x.Citation.Corroborations.Count,
                Nations = x.Participants.OrderBy(p => p.Nation.Alpha2Code).Select(p => p.Nation.Alpha2Code).ToList(),
            })
            .ToListAsync();
        editions.Select(e => e.StartedOn).Should().Equal(PartialDate.FromYearMonthDay(2023, 6, 12), PartialDate.FromYearMonthDay(2025, 5, 5));
        editions.Select(e => e.Document).Should().Equal([Key2023, Key2025], "each edition is cited by its own report");
        editions[0].Passage.Should().Contain("June 12, 2023");
        editions[1].Passage.Should().Contain("May 5, 2025");
        editions.Should().AllSatisfy(e =>
        {
            e.Name.Should().BeNull("neither report names the edition apart from its series");
            e.Corroborations.Should().Be(0, "no report restates the other's edition");
            e.Nations.Should().Equal("IN", "VN");
        });
        (await check.RelationshipTimeline("IN", "VN").Where(t => t.Kind == TimelineEntryKind.Exercise).Select(t => t.Date).ToListAsync())
            .Should().Equal(PartialDate.FromYearMonthDay(2023, 6, 12), PartialDate.FromYearMonthDay(2025, 5, 5));
        (await SourceFidelityCheck.CheckAsync(check)).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_report_restating_an_edition_with_a_coarser_start_date_corroborates_it(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateImportedAsync(kind, "test-harbour-guard-2023.json", "test-harbour-guard-2025.json");

        FactPackImportResult result;
        await using (var db = database.CreateContext())
        {
            result = await db.ImportFactPackAsync(await Load("test-harbour-guard-2025-again.json"));
        }

        result.Counts.Should().ContainEquivalentOf(new FactPackImportCount(nameof(MilitaryExercise), 0, 1), "2025 contains 2025-05-05: the same edition");
        await using var check = database.CreateContext();
        var editions = await check.MilitaryExercises.Where(x => x.Series.Name == Series).OrderBy(x => x.StartedOn).WithSources().ToListAsync();
        editions.Should().HaveCount(2);
        editions[1].Fact.StartedOn.Should().Be(PartialDate.FromYearMonthDay(2025, 5, 5), "the start date is the key: the coarser restatement neither replaces nor contests it");
        editions[1].Fact.Name.Should().Be("HARBOUR GUARD 2025", "the third report names the edition, a value it had not");
        editions[1].SourceKeys.Should().Equal(Key2025, Key2025Again);
        editions[0].SourceKeys.Should().Equal(Key2023);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_start_date_inside_a_stored_coarser_one_is_refused_naming_the_stored_edition(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        int stored;
        await using (var db = database.CreateContext())
        {
            await db.ImportFactPackAsync(await Load("test-harbour-guard-2025-again.json"));
            stored = await db.MilitaryExercises.Where(x => x.Series.Name == Series).Select(x => x.Id).SingleAsync();
        }

        await using var again = database.CreateContext();
        var before = await RowCounts.OfAsync(again);
        var refusal = (await FluentActions.Awaiting(async () => await again.ImportFactPackAsync(await Load("test-harbour-guard-2025.json"))).Should().ThrowAsync<FactPackException>()).Which;

        refusal.Problems.Should().ContainSingle().Which.Should().Match<FactPackProblem>(p =>
            p.Path == "$.facts[0].startedOn" && p.Message.Contains($"stored with id {stored}") && p.Message.Contains("part of its key"));
        (await RowCounts.OfAsync(again)).Should().Equal(before);
    }

    private static Task<FactPack> Load(string name) => FactPack.LoadAsync(FactPackImportTests.PackPath(name));
}
