using System.Text.Json.Nodes;
using DefenceTies.Bulk;
using DefenceTies.FactPacks;
using DefenceTies.Model;
using DefenceTies.Querying;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DefenceTies.Tests.Bulk.BulkImportTests;

namespace DefenceTies.Tests.FactPacks;

/// <summary>
/// A pack names the stored fact it restates by its stable reference (document key and the fact's
/// name there): one report's "talks" are another's "virtual bilateral meeting", and the reference,
/// not the kind, says they are the same engagement. Facts of version-1 packs and of the bulk path
/// have generated references; a near-duplicate without a reference is refused naming the one to
/// write; an unknown reference is refused and nothing is stored.
/// </summary>
public class FactReferenceTests
{
    private const string TalksKey = "test/india-thailand-talks-2025-02";
    private const string MeetingKey = "test/india-thailand-meeting-2025-02";

    /// <summary>The (made-up) second report, naming another stored fact than its file does.</summary>
    private static FactPack MeetingCorroborating(string document, string fact, string key = MeetingKey) => FactPackImportTests.Edited("test-india-thailand-meeting.json", pack =>
    {
        pack["document"]!["key"] = key;
        pack["facts"]![0]!["corroborates"] = new JsonObject { ["document"] = document, ["fact"] = fact };
    }, text => key == MeetingKey ? text : text.Replace("on the agenda.", "on the agenda, the navy added.", StringComparison.Ordinal)); // a text of its own under another key

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_meeting_referencing_the_stored_talks_corroborates_them_and_keeps_both_kinds_as_claims(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using (var first = database.CreateContext())
        {
            var added = await first.ImportFactPackAsync(await FactPack.LoadAsync(FactPackImportTests.PackPath("test-india-thailand-talks.json")));
            added.Facts.Should().ContainSingle().Which.Reference.Should().BeEquivalentTo(new { Document = TalksKey, Fact = "talks" });
        }

        await using var db = database.CreateContext();
        var meeting = await FactPack.LoadAsync(FactPackImportTests.PackPath("test-india-thailand-meeting.json"));
        var plan = await db.PlanFactPackImportAsync(meeting);
        var result = await db.ImportFactPackAsync(meeting);

        var fact = plan.Facts.Should().ContainSingle().Which;
        fact.Outcome.Should().Be(FactPackFactOutcome.Contest);
        fact.ContestedValues.Should().Equal("kind");
        fact.Corroborates!.Reference.Should().BeEquivalentTo(new { Document = TalksKey, Fact = "talks" });
        fact.Corroborates.ToString().Should().Contain("{\"document\": \"test/india-thailand-talks-2025-02\", \"fact\": \"talks\"}");
        fact.Reference.Should().BeEquivalentTo(new { Document = MeetingKey, Fact = "meeting" });
        result.Facts.Should().BeEquivalentTo(plan.Facts);

        await using var read = database.CreateContext();
        var engagements = read.Engagements.Where(e => e.Subject == "maritime security" && e.HeldOn == PartialDate.FromYearMonthDay(2025, 2, 12));
        var engagement = await engagements.Include(e => e.Citation).SingleAsync();
        engagement.Kind.Should().Be(EngagementKind.Talks, "the first stored value stays preferred");
        engagement.Citation.FactKey.Should().Be("talks");
        var claim = await engagements.Claims().Select(c => new { c.Property, c.ClaimedValue, Source = c.Citation.SourceDocument.Key }).SingleAsync();
        claim.Should().BeEquivalentTo(new { Property = nameof(Engagement.Kind), ClaimedValue = "Meeting", Source = MeetingKey });
        var restating = await read.Citations.SingleAsync(c => c.SourceDocument.Key == MeetingKey && c.FactKey == "meeting");
        restating.CorroboratesId.Should().Be(engagement.CitationId, "the meeting's citation corroborates the talks");

        // The restating report names the same fact: a third report may reference it through either document.
        await using var third = database.CreateContext();
        var again = FactPackImportTests.Edited("test-india-thailand-meeting.json", pack =>
        {
            pack["document"]!["key"] = "test/india-thailand-meeting-2025-02-again";
            pack["facts"]![0]!["corroborates"] = new JsonObject { ["document"] = MeetingKey, ["fact"] = "meeting" };
        }, text => text.Replace("on Friday", "on Friday evening", StringComparison.Ordinal));
        var thirdPlan = await third.PlanFactPackImportAsync(again);
        thirdPlan.Facts.Should().ContainSingle().Which.Corroborates!.StoredId.Should().Be(engagement.Id);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_version_1_fact_is_referenced_by_its_generated_key_its_json_path(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using (var first = database.CreateContext())
        {
            var imported = await first.ImportFactPackAsync(await FactPack.LoadAsync(FactPackImportTests.PackPath("test-india-vietnam.json")));
            imported.Facts[6].Reference.Should().BeEquivalentTo(new { Document = "test/india-vietnam-2025-03", Fact = "$.facts[6]" }, "a version-1 fact without an id is named by its path");
            imported.Facts[4].Reference!.Fact.Should().Be("mou", "a version-1 fact with an id is named by it");
        }

        await using var db = database.CreateContext();
        var stored = await db.Engagements.Where(e => e.Citation.FactKey == "$.facts[6]").Select(e => e.Id).SingleAsync();
        var result = await db.ImportFactPackAsync(MeetingCorroborating("test/india-vietnam-2025-03", "$.facts[6]"));

        var fact = result.Facts.Should().ContainSingle().Which;
        fact.Corroborates!.StoredId.Should().Be(stored);
        fact.Corroborates.Reference.Fact.Should().Be("$.facts[6]");
        fact.ContestedValues.Should().Contain("kind", "Talks stays, Meeting is a claim beside it");
        await using var read = database.CreateContext();
        (await read.Engagements.Where(e => e.Id == stored).Claims().CountAsync(c => c.Property == nameof(Engagement.Kind) && c.ClaimedValue == "Meeting")).Should().Be(1);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_fact_stored_by_the_bulk_path_is_referenced_by_its_kind_and_id_with_a_document_that_cites_it(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        DefenceTies.Tests.Bulk.StoredNations nations;
        await using (var setup = database.CreateContext())
        {
            nations = await StoredNationsAsync(setup);
        }

        var importer = ImporterFor(database);
        var batch = SampleBatch(await importer.CreateIdAllocatorAsync(), "bulk-reference", nations);
        await importer.ImportAsync(batch);
        var talks = batch.Engagements[0].Id;

        await using var db = database.CreateContext();
        var known = await db.Engagements.Include(e => e.Citation).SingleAsync(e => e.Id == talks);
        FactReference.Of(known, "bulk-reference").ToString().Should().Be($"{{\"document\": \"bulk-reference\", \"fact\": \"engagement/{talks}\"}}");
        db.ChangeTracker.Clear();

        var result = await db.ImportFactPackAsync(MeetingCorroborating("bulk-reference", $"engagement/{talks}"));

        var fact = result.Facts.Should().ContainSingle().Which;
        fact.Corroborates!.StoredId.Should().Be(talks);
        fact.Corroborates.Reference.Should().BeEquivalentTo(new { Document = "bulk-reference", Fact = $"engagement/{talks}" });
        fact.ContestedValues.Should().BeEquivalentTo(["kind", "heldOn", "subject"], "the bulk talks were on defence cooperation in December 2024");
        await using var read = database.CreateContext();
        (await read.Delegations.Where(d => d.EngagementId == talks).Select(d => d.Nation.Alpha2Code).OrderBy(c => c).ToListAsync())
            .Should().Equal(["IN", "TH"], "the meeting's Indian delegation is added to the referenced talks");

        // Another stored document does not cite it: the reference is refused, naming one that does.
        await using var other = database.CreateContext();
        var seeded = await other.SourceDocuments.Where(d => d.Key != "bulk-reference").Select(d => d.Key).FirstAsync();
        var plan = await other.PlanFactPackImportAsync(MeetingCorroborating(seeded, $"engagement/{talks}", key: "test/india-thailand-meeting-2025-02-elsewhere"));
        plan.Problems.Should().ContainSingle().Which.Message.Should().Contain("does not cite").And.Contain("\"bulk-reference\"");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_unreferenced_near_duplicate_is_refused_with_the_reference_to_write(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateImportedAsync(kind, "test-india-thailand-talks.json");
        await using var db = database.CreateContext();
        var unsaid = FactPackImportTests.Edited("test-india-thailand-meeting.json", pack =>
        {
            var meeting = pack["facts"]![0]!.AsObject();
            meeting.Remove("corroborates");
            meeting["kind"] = "Talks";
        });

        var refusal = (await ((Func<Task>)(() => db.ImportFactPackAsync(unsaid))).Should().ThrowAsync<FactPackException>()).Which;

        refusal.Problems.Should().ContainSingle().Which.Message.Should().Contain(
            "expected \"corroborates\": {\"document\": \"test/india-thailand-talks-2025-02\", \"fact\": \"talks\"} if this report restates it, or \"corroborates\": false");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_unknown_reference_or_one_to_another_type_is_refused_and_nothing_is_stored(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateImportedAsync(kind, "test-india-vietnam.json");
        await using var db = database.CreateContext();
        var before = await RowCounts.OfAsync(db);
        var cases = new (string Document, string Fact, string Path, string Message)[]
        {
            ("test/no-such-report", "talks", "$.facts[0].corroborates.document", "no document with the key 'test/no-such-report' is stored"),
            ("test/india-vietnam-2025-03", "talks", "$.facts[0].corroborates.fact", "document 'test/india-vietnam-2025-03' has no fact 'talks'"),
            ("test/india-vietnam-2025-03", "mou", "$.facts[0].corroborates.fact", "the fact 'mou' of document 'test/india-vietnam-2025-03' is not of type engagement"),
            ("test/india-vietnam-2025-03", "agreement/1", "$.facts[0].corroborates.fact", "names a fact of type agreement, not engagement"),
            (MeetingKey, "meeting", "$.facts[0].corroborates.document", "this pack's own document"),
        };

        foreach (var (document, fact, path, message) in cases)
        {
            var refusal = (await ((Func<Task>)(() => db.ImportFactPackAsync(MeetingCorroborating(document, fact)))).Should().ThrowAsync<FactPackException>(fact)).Which;
            refusal.Problems.Should().ContainSingle(fact).Which.Should().BeEquivalentTo(new { Path = path }, fact);
            refusal.Problems[0].Message.Should().Contain(message, fact);
        }

        (await RowCounts.OfAsync(db)).Should().BeEquivalentTo(before, "nothing of a refused pack is stored");
    }
}
