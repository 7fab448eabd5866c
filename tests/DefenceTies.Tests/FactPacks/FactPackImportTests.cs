using DefenceTies.FactPacks;
using DefenceTies.Model;
using DefenceTies.Querying;
using DefenceTies.Seeding;
using DefenceTies.Seeding.Reports;
using DefenceTies.Tests.Infrastructure;
using DefenceTies.Verification;
using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace DefenceTies.Tests.FactPacks;

/// <summary>
/// Importing packs into a seeded database on every provider: a second report merges onto the rows
/// the first established, a third that restates a fact adds a citation, not a row, and a pack that
/// does not hold against the database is refused whole.
/// </summary>
public class FactPackImportTests
{
    private const string SecondKey = "test/india-vietnam-2025-03";
    private const string ThirdKey = "test/india-vietnam-2025-03-again";

    public static string PackPath(string name) => Path.Combine(AppContext.BaseDirectory, "FactPacks", "Packs", name);

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_embedded_pack_imported_again_changes_nothing(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var before = await RowCounts.OfAsync(db);

        var result = await db.ImportFactPackAsync(IndiaThailandCoProductionReport.Pack);

        result.AlreadyImported.Should().BeTrue();
        result.Added.Should().Be(0);
        (await RowCounts.OfAsync(db)).Should().Equal(before);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_second_report_merges_onto_the_same_people_bodies_posts_and_policies(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var before = await RowCounts.OfAsync(db);

        var result = await db.ImportFactPackAsync(await FactPack.LoadAsync(PackPath("test-india-vietnam.json")));

        result.AlreadyImported.Should().BeFalse();
        result.Counts.Should().ContainEquivalentOf(new FactPackImportCount(nameof(Person), 0, 1))
            .And.ContainEquivalentOf(new FactPackImportCount(nameof(Organisation), 0, 1))
            .And.ContainEquivalentOf(new FactPackImportCount(nameof(Post), 0, 1))
            .And.ContainEquivalentOf(new FactPackImportCount(nameof(PostHolding), 0, 1))
            .And.ContainEquivalentOf(new FactPackImportCount(nameof(Policy), 0, 1))
            .And.ContainEquivalentOf(new FactPackImportCount(nameof(Agreement), 1, 0))
            .And.ContainEquivalentOf(new FactPackImportCount(nameof(MilitaryExercise), 1, 0));
        var after = await RowCounts.OfAsync(db);
        after["people"].Should().Be(before["people"], "Amitabh Prasad is the same person");
        after["organisations"].Should().Be(before["organisations"]);
        after["posts"].Should().Be(before["posts"]);
        after["post_holdings"].Should().Be(before["post_holdings"]);
        after["policies"].Should().Be(before["policies"]);
        after["agreements"].Should().Be(before["agreements"] + 1);

        var prasad = await db.People.Where(p => p.Name == "Amitabh Prasad").WithSources().SingleAsync();
        prasad.SourceKeys.Should().Equal(IndiaThailandCoProductionReport.DocumentKey, SecondKey);
        (await db.People.BackedByAtLeast(2).Select(p => p.Name).ToListAsync()).Should().Equal("Amitabh Prasad");

        var timeline = await db.RelationshipTimeline("IN", "TH").ToListAsync();
        timeline.Select(e => e.Title).Should().Contain(["maritime security", "co-production of military hardware"], "the timeline sees both documents");
        (await SourceFidelityCheck.CheckAsync(db)).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_third_report_restating_a_fact_adds_a_citation_not_a_row(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateImportedAsync(kind, "test-india-vietnam.json");
        await using var db = database.CreateContext();
        var before = await RowCounts.OfAsync(db);

        var result = await db.ImportFactPackAsync(await FactPack.LoadAsync(PackPath("test-india-vietnam-again.json")));

        result.Counts.Should().BeEquivalentTo([new FactPackImportCount(nameof(Agreement), 0, 1), new FactPackImportCount(nameof(AgreementParty), 0, 2)]);
        var after = await RowCounts.OfAsync(db);
        after["agreements"].Should().Be(before["agreements"]);
        after["agreement_parties"].Should().Be(before["agreement_parties"]);
        after["citations"].Should().Be(before["citations"] + 3);
        var mou = await db.Agreements.Where(a => a.Subject == "defence industry cooperation").WithSources().SingleAsync();
        mou.SourceKeys.Should().Equal(SecondKey, ThirdKey);
        (await db.Agreements.BackedByAtLeast(2).CountAsync()).Should().Be(1);
        (await SourceFidelityCheck.CheckAsync(db)).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_near_duplicate_not_declared_either_way_is_refused_and_nothing_is_stored(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateImportedAsync(kind, "test-india-vietnam.json");
        await using var db = database.CreateContext();
        var before = await RowCounts.OfAsync(db);
        var undeclared = Edited("test-india-vietnam-again.json", pack => pack["facts"]![0]!.AsObject().Remove("corroborates"));

        var refusal = (await FluentActions.Awaiting(() => db.ImportFactPackAsync(undeclared)).Should().ThrowAsync<FactPackException>()).Which;

        refusal.Problems.Should().ContainSingle().Which.Should().Match<FactPackProblem>(p =>
            p.Path == "$.facts[0]" && p.Message.Contains("same kind, date and parties") && p.Message.Contains("\"corroborates\": true"));
        (await RowCounts.OfAsync(db)).Should().Equal(before);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_near_duplicate_declared_another_fact_is_a_second_row(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateImportedAsync(kind, "test-india-vietnam.json");
        await using var db = database.CreateContext();
        var another = Edited("test-india-vietnam-again.json", pack => pack["facts"]![0]!["corroborates"] = false);

        var result = await db.ImportFactPackAsync(another);

        result.Counts.Should().ContainEquivalentOf(new FactPackImportCount(nameof(Agreement), 1, 0));
        (await db.Agreements.CountAsync(a => a.Subject == "defence industry cooperation")).Should().Be(2);
    }

    public static TheoryData<DatabaseKind, string> Contradictions()
    {
        var data = new TheoryData<DatabaseKind, string>();
        foreach (var kind in Enum.GetValues<DatabaseKind>())
        {
            data.Add(kind, "corroborates-nothing");
            data.Add(kind, "same-key-other-text");
            data.Add(kind, "same-text-other-key");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Contradictions))]
    public async Task A_pack_that_does_not_hold_against_the_database_is_refused_whole(DatabaseKind kind, string contradiction)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var (pack, path, message) = await ContradictionAsync(db, contradiction);
        var before = await RowCounts.OfAsync(db);

        var refusal = (await FluentActions.Awaiting(() => db.ImportFactPackAsync(pack)).Should().ThrowAsync<FactPackException>()).Which;

        refusal.Problems.Should().Contain(p => p.Path == path && p.Message.Contains(message), string.Join(" | ", refusal.Problems));
        (await RowCounts.OfAsync(db)).Should().Equal(before, "a refused pack stores nothing");
    }

    /// <summary>
    /// A pack that does not hold against the seeded database in the way <paramref name="contradiction"/>
    /// (one of <see cref="Contradictions"/>) names, with the path and a part of the message of the
    /// problem the import reports; for <c>same-text-other-key</c>, the second test pack is imported first.
    /// </summary>
    internal static async Task<(FactPack Pack, string Path, string Message)> ContradictionAsync(DefenceTiesDbContext db, string contradiction)
    {
        var contradicting = contradiction switch
        {
            "corroborates-nothing" => (Edited("test-india-vietnam-again.json", _ => { }), "$.facts[0].corroborates", "no known agreement"),
            "same-key-other-text" => (Edited("test-india-vietnam.json", p => p["document"]!["key"] = IndiaThailandCoProductionReport.DocumentKey), "$.document.key", "another text"),
            "same-text-other-key" => (Edited("test-india-vietnam.json", p => p["document"]!["key"] = "test/copy"), "$.document.key", $"already stored as the document '{SecondKey}'"),
            _ => throw new ArgumentOutOfRangeException(nameof(contradiction)),
        };
        if (contradiction == "same-text-other-key")
        {
            await db.ImportFactPackAsync(await FactPack.LoadAsync(PackPath("test-india-vietnam.json")));
        }

        return contradicting;
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_pack_is_a_seed_applied_once_in_the_seeders_transaction(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var seeder = new DefenceTiesSeeder([new FactPackSeed(await FactPack.LoadAsync(PackPath("test-india-vietnam.json")))]);

        (await seeder.SeedAsync(db)).Applied.Should().Equal($"pack/{SecondKey}");
        (await seeder.SeedAsync(db)).AlreadyApplied.Should().Equal($"pack/{SecondKey}");
        (await db.SourceDocuments.CountAsync(d => d.Key == SecondKey)).Should().Be(1);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_synchronous_import_does_what_the_asynchronous_one_does(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var first = db.ImportFactPack(FactPack.Load(PackPath("test-india-vietnam.json")));
        var again = db.ImportFactPack(FactPack.Load(PackPath("test-india-vietnam.json")));

        first.Added.Should().BeGreaterThan(0);
        again.AlreadyImported.Should().BeTrue();
    }

    /// <summary>
    /// A test pack edited in memory and read as <see cref="FactPack.Read"/> reads it: <paramref name="text"/>
    /// rewrites the document's text and every string of the pack alike (passages stay verbatim), then
    /// <paramref name="edit"/> edits the pack; the SHA-256 follows the text.
    /// </summary>
    internal static FactPack Edited(string name, Action<System.Text.Json.Nodes.JsonObject> edit, Func<string, string>? text = null)
    {
        var pack = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(PackPath(name)))!.AsObject();
        var body = File.ReadAllText(PackPath(pack["document"]!["text"]!.GetValue<string>()));
        if (text is not null)
        {
            body = text(body);
            ReplaceStrings(pack["facts"]!, text);
        }

        edit(pack);
        pack["document"]!["sha256"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(body)));
        using var json = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(pack.ToJsonString()));
        using var textStream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body));
        return FactPack.Read(json, textStream, name);
    }

    private static void ReplaceStrings(System.Text.Json.Nodes.JsonNode node, Func<string, string> replace)
    {
        switch (node)
        {
            case System.Text.Json.Nodes.JsonObject o:
                foreach (var (key, value) in o.ToList())
                {
                    if (value is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var s))
                    {
                        o[key] = replace(s);
                    }
                    else if (value is not null)
                    {
                        ReplaceStrings(value, replace);
                    }
                }

                break;
            case System.Text.Json.Nodes.JsonArray a:
                foreach (var item in a)
                {
                    if (item is not null)
                    {
                        ReplaceStrings(item, replace);
                    }
                }

                break;
        }
    }
}
