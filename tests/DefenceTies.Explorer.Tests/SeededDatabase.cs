using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;

[assembly: AssemblyFixture(typeof(DefenceTies.Explorer.Tests.SeededDatabase))]

namespace DefenceTies.Explorer.Tests;

/// <summary>
/// One SQLite file, migrated and seeded with the built-in report as the sample makes it, plus one
/// planted exercise of India and Thailand whose name is markup: every page that shows it must show
/// it as text. The exercise's start is cited on its own, as implied (<see cref="StartNote"/>), so
/// its fact page shows a value's support beside the fact's. Shared by the tests, which only read it.
/// </summary>
public sealed class SeededDatabase : IAsyncLifetime
{
    public const string PlantedName = "<script>window.__planted = 1</script>EXERCISE <b>BOLD</b>";

    public const string StartPassage = "in January 2025";

    public const string StartNote = "The report says the exercise was held in January 2025; that it began then, rather than only ran then, is a reading.";

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"defenceties-explorer-{Guid.NewGuid():N}.db");

    public int PlantedExerciseId { get; private set; }

    public DefenceTiesDbContext CreateContext() => CreateContext(Path);

    /// <summary>A context over the SQLite file at <paramref name="path"/>, seeding as the sample does when migrated.</summary>
    public static DefenceTiesDbContext CreateContext(string path) =>
        new(new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesSqlite($"Data Source={path};Pooling=False").UseDefenceTiesSeeding().Options);

    public async ValueTask InitializeAsync()
    {
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
        var document = new SourceDocument("test/planted-markup", null, PartialDate.FromYearMonthDay(2025, 1, 2), $"The armies of India and Thailand held {PlantedName} in January 2025.");
        db.SourceDocuments.Add(document);
        // The markup names the series and the edition both, so every place either is shown is checked.
        var exercise = new ExerciseSeries(PlantedName, document.Cite(PlantedName)).AddEdition(document.Cite(PlantedName), PartialDate.FromYearMonth(2025, 1), name: PlantedName);
        foreach (var nation in await db.Nations.Where(n => n.Alpha2Code == "IN" || n.Alpha2Code == "TH").ToListAsync())
        {
            exercise.AddParticipant(nation, document.Cite($"The armies of India and Thailand held {PlantedName}"));
        }

        exercise.CiteValue(nameof(MilitaryExercise.StartedOn), document.Infer(StartPassage, StartNote));
        db.MilitaryExercises.Add(exercise);
        await db.SaveChangesAsync();
        PlantedExerciseId = exercise.Id;
    }

    public ValueTask DisposeAsync()
    {
        File.Delete(Path);
        return ValueTask.CompletedTask;
    }
}
