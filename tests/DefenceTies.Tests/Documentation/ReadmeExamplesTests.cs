using DefenceTies.Bulk;
using DefenceTies.Model;
using DefenceTies.PostgreSql;
using DefenceTies.Querying;
using DefenceTies.Seeding.Reports;
using DefenceTies.Sqlite;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DefenceTies.Tests.Documentation;

/// <summary>
/// The code of README.md's "Using the package" section (Register, Migrate, Query, Bulk import), run as written,
/// so the examples are known to compile and to give the answers the report holds. Kept in sync by
/// hand: when you change an example in README.md, change it here too (and the other way round).
/// Only the connection string differs: the test registers on its own throwaway database.
/// </summary>
public class ReadmeExamplesTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_readme_examples_compile_and_answer(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var services = new ServiceCollection();

        // README "Register": services.AddDefenceTiesSqlite("Data Source=defenceties.db", options => options.Seed = true);
        // (or AddDefenceTiesPostgreSql), here on the test's database.
        database.Register(services, options => options.Seed = true);

        // README "Migrate".
        await using var provider = services.BuildServiceProvider();
        await using (var migrator = await provider.GetRequiredService<IDbContextFactory<DefenceTiesDbContext>>().CreateDbContextAsync())
        {
            await migrator.Database.MigrateAsync();
        }

        // README "Query".
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DefenceTiesDbContext>();

        var agreements = await db.Agreements.Between("IN", "TH").OrderBy(a => a.ConcludedOn).Select(a => a.Title ?? a.Subject).ToListAsync();
        var inForce = await db.Agreements.Between("IN", "TH").InForceOn(new DateOnly(2013, 1, 1)).Select(a => a.Title ?? a.Subject).ToListAsync();
        var leaders = await db.Delegations.WithLeaders().Where(l => l.HeldOn == PartialDate.FromYearMonthDay(2024, 12, 12)).OrderBy(l => l.NationCode).ToListAsync();
        var envoys = await db.PostHoldings.HoldersOf("Ambassador to Thailand").Select(p => p.Name).ToListAsync();
        var groups = await db.WorkingGroups.WithFocusArea("co-production").Select(g => g.Mandate).ToListAsync();
        var exercises = await db.MilitaryExercises.Involving("TH").InvolvingService(OrganisationKind.Army).Select(x => x.Name ?? x.Series.Name).ToListAsync();
        var complements = await db.PolicyLinks.Complementing("Act East", "IN").Select(l => l.FromPolicyName).ToListAsync();
        var issues = await db.SecurityIssues.InRegion("Bay of Bengal").Select(i => i.Name).ToListAsync();
        var quoted = await db.Statements.CitingSource(IndiaThailandCoProductionReport.DocumentKey).CountAsync();
        var timeline = await db.RelationshipTimeline("IN", "TH").ToListAsync();

        // README "Query", names and codes: matching a name regardless of case.
        var userInput = "bay of bengal";
#pragma warning disable CA1304, CA1311, CA1862 // ToUpper() runs in SQL here; see the README
        var region = userInput.ToUpperInvariant();
        var caseless = await db.SecurityIssues.Where(i => i.Regions.Any(r => r.Region.Name.ToUpper() == region)).ToListAsync();
#pragma warning restore CA1304, CA1311, CA1862

        // The report titles neither agreement: the subject, in its words, stands in.
        agreements.Should().Equal("defence cooperation", "establish a joint working group");
        inForce.Should().Equal("defence cooperation");
        leaders.Select(l => l.LeaderName).Should().Equal("Amitabh Prasad", "Tharapong Malakam");
        envoys.Should().Equal("Nagesh Singh");
        groups.Should().Equal("effectively steering this initiative");
        exercises.Should().Equal("MAITREE");
        complements.Should().Equal("Act West");
        issues.Should().BeEquivalentTo("human trafficking", "unregulated fishing");
        quoted.Should().Be(2);
        timeline.Select(t => t.Title).Should().HaveCount(4).And.EndWith("MAITREE");
        caseless.Select(i => i.Name).Should().BeEquivalentTo("human trafficking", "unregulated fishing");

        // README "Bulk import": DefenceTiesBulkImporter importer = new SqliteBulkImporter("Data Source=defenceties.db");
        // (or new PostgreSqlBulkImporter(connectionString)), here on the test's database.
        DefenceTiesBulkImporter importer = kind == DatabaseKind.PostgreSql
            ? new PostgreSqlBulkImporter(database.ConnectionString)
            : new SqliteBulkImporter(database.ConnectionString);

        var ids = await importer.CreateIdAllocatorAsync();   // keys after those already stored
        var batch = new BulkImportBatch();
        const string text = "Exercise SIAM BHARAT brought together the armies of India and Thailand.";
        var document = ids.Next<SourceDocumentRow>();
        batch.SourceDocuments.Add(new SourceDocumentRow { Id = document, Key = "siam-bharat", PublishedOn = PartialDate.FromYear(2025), Text = text });
        var citation = ids.Next<CitationRow>();
        batch.Citations.Add(new CitationRow { Id = citation, SourceDocumentId = document, Passage = text, StartIndex = 0 });
        var series = ids.Next<ExerciseSeriesRow>();   // the series the name names; each time it is held is an edition
        batch.ExerciseSeries.Add(new ExerciseSeriesRow { Id = series, Name = "SIAM BHARAT", CitationId = citation });
        var exercise = ids.Next<MilitaryExerciseRow>();
        batch.MilitaryExercises.Add(new MilitaryExerciseRow { Id = exercise, SeriesId = series, CitationId = citation });
        foreach (var nation in await db.Nations.Where(n => n.Alpha2Code == "IN" || n.Alpha2Code == "TH").Select(n => n.Id).ToListAsync())
        {
            batch.ExerciseParticipants.Add(new ExerciseParticipantRow { Id = ids.Next<ExerciseParticipantRow>(), ExerciseId = exercise, NationId = nation, CitationId = citation });
        }

        try
        {
            await importer.ImportAsync(batch);   // every row, or none
        }
        catch (BulkDomainRuleException e)          // a row breaks a model rule; nothing was written
        {
            Console.WriteLine($"{e.Entity} row {e.RowIndex} (id {e.RowId}): {e.Field} {e.Rule}");
        }
        catch (BulkConstraintViolationException e) // the database refused a row; nothing was stored
        {
            Console.WriteLine($"{e.Entity}.{e.Field}: {e.Kind} {e.ConstraintName}");
        }

        (await db.MilitaryExercises.Involving("TH").Involving("IN").Select(x => x.Series.Name).ToListAsync()).Should().BeEquivalentTo("MAITREE", "SIAM BHARAT");
    }
}
