using DefenceTies.FactPacks;
using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Explorer.Tests;

/// <summary>
/// A SQLite file of its own for the organisation pages: migrated and seeded, with the library tests'
/// made-up reports of issue 25 imported (a forum with members, roles, terms, a secretary-general, a
/// meeting and an MoU; the forum's expert working group; the Sulu Sea incidents with their actors and
/// other names; a missile joint venture with its owners' shares and the MoU's signatories), the
/// made-up coastal missile contract of issue 26 (a company supplying a nation, a licensed production
/// and a grant of vessels), the made-up defence pact ratified by two parliaments and the made-up
/// four-navy exercise with its places, and one
/// planted acronym of the forum (<see cref="ForumAcronym"/>), since no report gives the forum one.
/// Built once per test class (a class fixture) and only read by the tests.
/// </summary>
public sealed class OrganisationsDatabase : IAsyncLifetime
{
    public const string Forum = "Bay of Bengal Defence Ministers' Forum";

    public const string ForumAcronym = "BBDMF";

    public const string JointVenture = "Atlanvia Perisai Missiles";

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"defenceties-explorer-organisations-{Guid.NewGuid():N}.db");

    public int ForumId { get; private set; }

    public int JointVentureId { get; private set; }

    public int SecurityIssueId { get; private set; }

    public DefenceTiesDbContext CreateContext() => SeededDatabase.CreateContext(Path);

    public async ValueTask InitializeAsync()
    {
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
        foreach (var pack in new[] { "test-bay-of-bengal-forum-2025.json", "test-bay-of-bengal-working-group.json", "test-sulu-sea-patrols.json", "test-missile-joint-venture-2026.json", "test-coastal-missile-contract-2026.json", "test-defence-pact-ratified-2027.json", "test-sea-shield-exercise-2026.json" })
        {
            await db.ImportFactPackAsync(await FactPack.LoadAsync(ClaimsDatabase.PackPath(pack)));
        }

        var forum = await db.Organisations.SingleAsync(o => o.Name == Forum);
        var document = new SourceDocument("test/planted-forum-acronym", null, PartialDate.FromYearMonthDay(2025, 3, 15), $"The {Forum} ({ForumAcronym}) will meet again in Bangkok.");
        db.SourceDocuments.Add(document);
        db.OtherNames.Add(new OtherName(forum, ForumAcronym, OtherNameKind.Acronym, document.Cite($"{Forum} ({ForumAcronym})")));
        await db.SaveChangesAsync();

        ForumId = forum.Id;
        JointVentureId = await db.Organisations.Where(o => o.Name == JointVenture).Select(o => o.Id).SingleAsync();
        SecurityIssueId = await db.SecurityIssues.Where(i => i.Name == "maritime militia incidents").Select(i => i.Id).SingleAsync();
    }

    public ValueTask DisposeAsync()
    {
        File.Delete(Path);
        return ValueTask.CompletedTask;
    }
}
