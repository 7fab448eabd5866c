using System.Text.Json.Nodes;
using DefenceTies.FactPacks;
using DefenceTies.Model;
using DefenceTies.Querying;
using DefenceTies.Tests.Infrastructure;
using DefenceTies.Verification;
using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace DefenceTies.Tests.FactPacks;

/// <summary>
/// A made-up report on joint patrols against maritime militia incidents (test-sulu-sea-patrols): other
/// names of a person ("Ms. Dewi"), a post (its Indonesian title) and an agreement (its acronym), the
/// actors of a security issue and a dated tension between two nations — imported on every database
/// kind and read back through the query API; a fact named only by a known other name is refused
/// naming the known fact; bad input is refused with its JSON path, storing nothing.
/// </summary>
public class OtherNameAndActorTests
{
    private const string Pack = "test-sulu-sea-patrols.json";
    private const string DocumentKey = "test/sulu-sea-patrols-2025-04";
    private const string ShortNamePassage = "Ms. Dewi, whose title in Indonesian is Menteri Pertahanan, said the Indonesian Navy would lead the first patrols in June.";
    private const string AcronymPassage = "The patrols will run under the Joint Sulu Sea Patrol Arrangement, known as JSPA, which the two ministers signed on Monday.";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_report_imports_and_every_new_concept_reads_back_through_the_query_api(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using (var import = database.CreateContext())
        {
            var result = await import.ImportFactPackAsync(await FactPack.LoadAsync(FactPackImportTests.PackPath(Pack)));
            result.Counts.Should().ContainEquivalentOf(new FactPackImportCount(nameof(OtherName), 3, 0))
                .And.ContainEquivalentOf(new FactPackImportCount(nameof(SecurityIssueActor), 6, 0));
        }

        await using var db = database.CreateContext();
        var dewi = await db.People.KnownAs("ms.  DEWI").Include(p => p.OtherNames).SingleAsync();
        dewi.Name.Should().Be("Ratna Sari Dewi");
        dewi.OtherNames.Should().ContainSingle().Which.Should().Match<OtherName>(o => o.Name == "Ms. Dewi" && o.Kind == OtherNameKind.ShortName && o.Language == null);
        (await db.People.KnownAs("ratna sari dewi").Select(p => p.Id).SingleAsync()).Should().Be(dewi.Id, "the own name is found by its key too");

        var minister = await db.Posts.KnownAs("menteri pertahanan").Include(p => p.OtherNames).SingleAsync();
        minister.Title.Should().Be("Defence Minister");
        minister.OtherNames.Single().Should().Match<OtherName>(o => o.Kind == OtherNameKind.NativeLanguage && o.Language == "id");

        var jspa = await db.Agreements.KnownAs("jspa").SingleAsync();
        jspa.Title.Should().Be("Joint Sulu Sea Patrol Arrangement");
        (await db.Organisations.KnownAs("INDONESIAN NAVY").CountAsync()).Should().Be(1);
        (await db.People.KnownAs("Ms Dewi").AnyAsync()).Should().BeFalse("punctuation is kept in the key");

        var citation = await db.OtherNames.Where(o => o.Name == "JSPA").Select(o => o.Citation).SingleAsync();
        citation.Passage.Should().Be(AcronymPassage);
        citation.Support.Should().Be(SupportKind.Stated);

        var issue = await db.SecurityIssues.WithActor("PH", SecurityIssueRole.Responsible)
            .Include(i => i.Actors).ThenInclude(a => a.Nation).Include(i => i.Actors).ThenInclude(a => a.Organisation).ThenInclude(o => o!.Nation).SingleAsync();
        issue.Name.Should().Be("maritime militia incidents");
        issue.Actors.Select(a => (a.Role, a.Nation?.Alpha2Code ?? a.Organisation!.Name ?? $"{a.Organisation.Kind} of {a.Organisation.Nation!.Alpha2Code}", a.Date?.ToString())).Should().BeEquivalentTo(new[]
        {
            (SecurityIssueRole.Responsible, "MaritimeMilitia of PH", "2025-03"),
            (SecurityIssueRole.Affected, "ID", "2025-03"),
            (SecurityIssueRole.Affected, "MY", "2025-03"),
            (SecurityIssueRole.Addressing, "ID", "2025-04-14"),
            (SecurityIssueRole.Addressing, "MY", "2025-04-14"),
            (SecurityIssueRole.Addressing, "Indonesian Navy", (string?)null),
        });
        (await db.SecurityIssues.AddressedTogetherBy("my", "ID").Select(i => i.Name).ToListAsync()).Should().Equal("maritime militia incidents");
        (await db.SecurityIssues.WithActor("ID", SecurityIssueRole.Responsible).AnyAsync()).Should().BeFalse();

        var tension = await db.NationRelations.Between("PH", "MY").Where(r => r.Kind == NationRelationKind.Tension).SingleAsync();
        tension.Date.Should().Be(PartialDate.FromYearMonth(2025, 3));

        (await SourceFidelityCheck.CheckAsync(db)).Should().BeEmpty();
        (await StoredDataCheck.CheckAsync(db)).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_report_imported_again_adds_nothing(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateImportedAsync(kind, Pack);
        await using var db = database.CreateContext();
        var before = await RowCounts.OfAsync(db);

        var result = await db.ImportFactPackAsync(await FactPack.LoadAsync(FactPackImportTests.PackPath(Pack)));

        result.AlreadyImported.Should().BeTrue();
        (await RowCounts.OfAsync(db)).Should().Equal(before);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_fact_named_only_by_a_known_other_name_is_refused_naming_the_known_fact_and_nothing_is_stored(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateImportedAsync(kind, Pack);
        await using var db = database.CreateContext();
        var before = await RowCounts.OfAsync(db);

        var refusal = (await FluentActions.Awaiting(() => db.ImportFactPackAsync(Second(corroborates: null))).Should().ThrowAsync<FactPackException>()).Which;

        refusal.Problems.Should().Contain(p => p.Path == "$.facts[0].name" && p.Message.Contains("'Ms. Dewi' is another name (ShortName) of the known person 'Ratna Sari Dewi'") && p.Message.Contains("\"name\": \"Ratna Sari Dewi\"") && p.Message.Contains("\"corroborates\": false"), string.Join(" | ", refusal.Problems));
        refusal.Problems.Should().Contain(p => p.Path == "$.facts[1].title" && p.Message.Contains("'JSPA' is another name (Acronym) of the known agreement 'Joint Sulu Sea Patrol Arrangement'"), string.Join(" | ", refusal.Problems));
        refusal.Problems.Should().Contain(p => p.Path == "$.facts[2].name" && p.Message.Contains("matches the known person 'Ratna Sari Dewi'") && p.Message.Contains("name key"), string.Join(" | ", refusal.Problems));
        refusal.Problems.Should().OnlyContain(p => p.Message.Contains(DocumentKey), "each problem names the known fact by its reference");
        (await RowCounts.OfAsync(db)).Should().Equal(before, "a refused pack stores nothing");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_analyst_says_it_is_another_one_with_corroborates_false(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateImportedAsync(kind, Pack);
        await using var db = database.CreateContext();

        var result = await db.ImportFactPackAsync(Second(corroborates: false));

        result.Counts.Should().ContainEquivalentOf(new FactPackImportCount(nameof(Person), 2, 0))
            .And.ContainEquivalentOf(new FactPackImportCount(nameof(Agreement), 1, 0));
        (await db.People.KnownAs("Ms. Dewi").Select(p => p.Name).ToListAsync()).Should().BeEquivalentTo("Ratna Sari Dewi", "Ms. Dewi");
    }

    public static TheoryData<DatabaseKind, string> BadInputs()
    {
        var data = new TheoryData<DatabaseKind, string>();
        foreach (var kind in Enum.GetValues<DatabaseKind>())
        {
            foreach (var bad in new[] { "actor-both", "actor-neither", "language", "other-name-kind", "other-name-is-own-name", "relation-date" })
            {
                data.Add(kind, bad);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_refused_with_its_json_path_and_nothing_is_stored(DatabaseKind kind, string bad)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var before = await RowCounts.OfAsync(db);
        var (edit, path) = bad switch
        {
            "actor-both" => ((Action<JsonObject>)(p => Actor(p, 5)["nation"] = "ID"), "$.facts[7].actors[5]"),
            "actor-neither" => (p => Actor(p, 0).Remove("organisation"), "$.facts[7].actors[0]"),
            "language" => (p => OtherName(p, 3)["language"] = "Indonesian!", "$.facts[3].otherNames[0].language"),
            "other-name-kind" => (p => OtherName(p, 2)["kind"] = "Nickname", "$.facts[2].otherNames[0].kind"),
            "other-name-is-own-name" => (p => OtherName(p, 2)["name"] = "RATNA SARI DEWI", "$.facts[2].otherNames[0].name"),
            "relation-date" => (p => p["facts"]![8]!["date"] = "2025-02-30", "$.facts[8].date"),
            _ => throw new ArgumentOutOfRangeException(nameof(bad)),
        };

        // Reading refuses what the schema does; the import what the model does.
        var refusal = (await FluentActions.Awaiting(() => db.ImportFactPackAsync(FactPackImportTests.Edited(Pack, edit))).Should().ThrowAsync<FactPackException>()).Which;

        refusal.Problems.Should().Contain(p => p.Path.StartsWith(path, StringComparison.Ordinal), string.Join(" | ", refusal.Problems));
        (await RowCounts.OfAsync(db)).Should().Equal(before, "a refused pack stores nothing");
    }

    private static JsonObject Actor(JsonObject pack, int index) => pack["facts"]![7]!["actors"]![index]!.AsObject();

    private static JsonObject OtherName(JsonObject pack, int fact) => pack["facts"]![fact]!["otherNames"]![0]!.AsObject();

    /// <summary>
    /// A second report (the fixture's text, edited so it is another document) naming a person "Ms. Dewi",
    /// an agreement "JSPA" and a person "RATNA SARI DEWI": each matches a known fact only by another
    /// name or as a name key.
    /// </summary>
    private static FactPack Second(bool? corroborates) => FactPackImportTests.Edited(Pack, pack =>
    {
        pack["document"]!["key"] = "test/sulu-sea-patrols-2025-04-second";
        var facts = new JsonArray(
            new JsonObject { ["type"] = "person", ["id"] = "msDewi", ["name"] = "Ms. Dewi", ["cite"] = Stated(ShortNamePassage) },
            new JsonObject
            {
                ["type"] = "agreement", ["id"] = "jspa", ["title"] = "JSPA", ["kind"] = "MemorandumOfUnderstanding", ["status"] = "Signed", ["subject"] = "patrols",
                ["parties"] = new JsonArray(Party("ID"), Party("MY")), ["cite"] = Stated(AcronymPassage),
            },
            new JsonObject { ["type"] = "person", ["id"] = "shouted", ["name"] = "RATNA SARI DEWI", ["cite"] = Implied(ShortNamePassage, "Ms. Dewi, written in capitals in a caption.") });
        if (corroborates is { } flag)
        {
            foreach (var fact in facts)
            {
                fact!["corroborates"] = flag;
            }
        }

        pack["facts"] = facts;
    }, text => text.Replace("TEST FIXTURE: not a real report;", "TEST FIXTURE: not a real report (a second one);", StringComparison.Ordinal));

    private static JsonObject Stated(string passage) => new() { ["passage"] = passage, ["support"] = "Stated" };

    private static JsonObject Implied(string passage, string note) => new() { ["passage"] = passage, ["support"] = "Implied", ["note"] = note };

    private static JsonObject Party(string nation) => new() { ["nation"] = nation, ["cite"] = Implied(AcronymPassage, "'The two ministers' are Indonesia's and Malaysia's.") };
}
