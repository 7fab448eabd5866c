using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using DefenceTies.Exports;
using DefenceTies.FactPacks;
using DefenceTies.Model;
using DefenceTies.Querying;
using DefenceTies.Tests.Exports;
using DefenceTies.Tests.FactPacks;
using DefenceTies.Tests.Infrastructure;
using DefenceTies.Verification;
using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace DefenceTies.Tests.Places;

/// <summary>
/// Issue 26, points 3 and 4: a made-up report of a four-navy exercise in a sea passage off a Philippine
/// province, staged from a naval station, its third edition with what two navies sent, a series held
/// every two years, a meeting in Manila on its sidelines and the next one planned in Jakarta, an
/// invitation to the drills declined and one to the next meeting accepted; places stored
/// with their nation and ISO 3166-2 code, linked to the exercise (area, base) and the meeting, and
/// exported as locations.
/// </summary>
public class PlaceImportTests
{
    private const string Pack = "test-sea-shield-exercise-2026.json";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Places_are_stored_with_their_nation_and_code_and_linked_to_the_exercise_and_the_meeting(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using (var db = database.CreateContext())
        {
            var result = await db.ImportFactPackAsync(await Load());
            result.Counts.Should().ContainEquivalentOf(new FactPackImportCount(nameof(ExercisePlace), 3, 0));
        }

        await using var check = database.CreateContext();
        var batangas = await check.Regions.Include(r => r.Nation).SingleAsync(r => r.Name == "Batangas");
        (batangas.Kind, batangas.Nation!.Alpha2Code, batangas.SubdivisionCode).Should().Be((RegionKind.Subdivision, "PH", "PH-BTG"));
        (await check.Regions.Where(r => r.Name == "Verde Island Passage").Select(r => r.NationId).SingleAsync()).Should().BeNull("a sea passage belongs to no nation here");

        (await check.ExercisePlaces.Where(p => p.Exercise.Series.Name == "Sea Shield").OrderBy(p => p.Id).Select(p => new { p.Place.Name, p.Role }).ToListAsync())
            .Should().Equal(
                new { Name = "Verde Island Passage", Role = ExercisePlaceRole.Area },
                new { Name = "Batangas", Role = ExercisePlaceRole.Area },
                new { Name = "Calatagan Naval Station", Role = ExercisePlaceRole.Base });
        (await check.Engagements.Where(e => e.Subject == "maritime domain awareness").OrderBy(e => e.HeldOn).Select(e => new { Place = e.Place!.Name, e.Status }).ToListAsync())
            .Should().Equal(new { Place = "Manila", Status = EngagementStatus.Held }, new { Place = "Jakarta", Status = EngagementStatus.Planned });

        // The shape of the edition: its number and what each nation sent, as stated.
        (await check.MilitaryExercises.Where(x => x.Series.Name == "Sea Shield").Select(x => x.EditionNumber).SingleAsync()).Should().Be(3);
        (await check.ForceContributions.OrderBy(c => c.Id).Select(c => new { Nation = c.Participant.Nation.Alpha2Code, c.Kind, c.Quantity, c.Unit }).ToListAsync())
            .Should().Equal(
                new { Nation = "PH", Kind = ContributionKind.Ships, Quantity = (int?)2, Unit = "frigates" },
                new { Nation = "PH", Kind = ContributionKind.Personnel, Quantity = (int?)400, Unit = "personnel" },
                new { Nation = "JP", Kind = ContributionKind.Ships, Quantity = (int?)1, Unit = "destroyer" });

        // The series' recurrence, cited on its own by the sentence that states it.
        var series = await check.ExerciseSeries.Include(x => x.ValueCitations).ThenInclude(v => v.Citation).SingleAsync(x => x.Name == "Sea Shield");
        series.Recurrence.Should().Be(SeriesRecurrence.Biennial);
        series.CitationOf(nameof(ExerciseSeries.Recurrence)).Passage.Should().Be("The exercise has been held every two years since 2022");

        // Who invited whom to what, and the response as stated.
        (await check.Invitations.OrderBy(i => i.Id).Select(i => new { Inviter = i.InviterNation!.Alpha2Code, Invitee = i.InviteeNation!.Alpha2Code, Exercise = i.Exercise == null ? null : i.Exercise.Series.Name, Engagement = i.Engagement == null ? null : i.Engagement.Place!.Name, i.Response, i.ExtendedOn }).ToListAsync())
            .Should().Equal(
                new { Inviter = "PH", Invitee = "VN", Exercise = (string?)"Sea Shield", Engagement = (string?)null, Response = (InvitationResponse?)InvitationResponse.Declined, ExtendedOn = (PartialDate?)PartialDate.Parse("2026-03") },
                new { Inviter = "ID", Invitee = "NZ", Exercise = (string?)null, Engagement = (string?)"Jakarta", Response = (InvitationResponse?)InvitationResponse.Accepted, ExtendedOn = (PartialDate?)null });

        (await SourceFidelityCheck.CheckAsync(check)).Should().BeEmpty();
        (await StoredDataCheck.CheckAsync(check)).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Exports_name_the_place_of_the_meeting_and_the_exercise(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateImportedAsync(kind, Pack);
        await using var db = database.CreateContext();

        var ftm = (await Exported.RunAsync(db, ExportFormat.FollowTheMoney)).Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        static List<string> Values(JsonElement e, string p) => e.GetProperty("properties").TryGetProperty(p, out var v) ? [.. v.EnumerateArray().Select(x => x.GetString()!)] : [];
        Values(ftm.Single(e => Values(e, "name").Contains("maritime domain awareness") && Values(e, "date").Contains("2026-05-05")), "location").Should().Equal("Manila, Philippines");
        Values(ftm.Single(e => Values(e, "name").Contains("maritime domain awareness") && Values(e, "date").Contains("2026-11")), "notes").Should().Equal("status: planned");
        Values(ftm.Single(e => e.GetProperty("schema").GetString() == "Event" && Values(e, "name").Any(n => n.Contains("Sea Shield", StringComparison.Ordinal))), "location")
            .Should().Equal("Verde Island Passage", "Batangas, Philippines", "Calatagan Naval Station, Philippines");

        var popolo = JsonNode.Parse((await Exported.RunAsync(db, ExportFormat.Popolo)).Text)!["events"]!.AsArray();
        popolo.Single(e => (string?)e!["name"] == "maritime domain awareness" && (string?)e["start_date"] == "2026-05-05")!["location"]!.GetValue<string>().Should().Be("Manila, Philippines");
        popolo.Single(e => (string?)e!["name"] == "maritime domain awareness" && (string?)e["start_date"] == "2026-11")!["status"]!.GetValue<string>().Should().Be("planned");
        popolo.Single(e => ((string?)e!["name"])?.Contains("Sea Shield", StringComparison.Ordinal) == true)!["location"]!.GetValue<string>()
            .Should().Be("Verde Island Passage (area); Batangas, Philippines (area); Calatagan Naval Station, Philippines (base)");

        // The series' recurrence where the edition is written; the invitations as links inviter → invitee.
        var exercise = await db.MilitaryExercises.Where(x => x.Series.Name == "Sea Shield").Select(x => x.Id).SingleAsync();
        var meeting = await db.Engagements.Where(e => e.Status == EngagementStatus.Planned).Select(e => e.Id).SingleAsync();
        var invitations = await db.Invitations.OrderBy(i => i.Id).Select(i => i.Id).ToListAsync();
        Values(ftm.Single(e => e.GetProperty("id").GetString() == $"exercise-{exercise}"), "notes").Should().Contain("series held: biennial");
        popolo.Single(e => (string?)e!["id"] == $"exercise-{exercise}")!["description"]!.GetValue<string>().Should().Be("edition of the exercise series Sea Shield (held: biennial)");
        var links = ftm.Where(e => e.GetProperty("schema").GetString() == "UnknownLink" && e.GetProperty("id").GetString()!.StartsWith("invitation-", StringComparison.Ordinal))
            .Select(e => (e.GetProperty("id").GetString(), Values(e, "subject").Single(), Values(e, "object").Single(), Values(e, "role").Single(), Values(e, "status").SingleOrDefault(), Values(e, "startDate").SingleOrDefault(), Values(e, "summary").Single())).ToList();
        links.Should().Equal(
            ($"invitation-{invitations[0]}", "nation-PHL", "nation-VNM", $"invited to exercise-{exercise}", "declined", "2026-03", "The Philippines invited Vietnam in March to take part in this year's drills, but Hanoi declined"),
            ($"invitation-{invitations[1]}", "nation-IDN", "nation-NZL", $"invited to engagement-{meeting}", "accepted", null, "Indonesia has invited New Zealand to the Jakarta meeting, and Wellington has accepted"));

        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        var edges = XDocument.Parse((await Exported.RunAsync(db, ExportFormat.GraphML)).Text).Root!.Element(g + "graph")!.Elements(g + "edge")
            .Select(e => (Source: (string)e.Attribute("source")!, Target: (string)e.Attribute("target")!, Data: e.Elements(g + "data").ToDictionary(d => (string)d.Attribute("key")!, d => d.Value))).ToList();
        edges.Where(e => e.Data["kind"] == "invitation").Select(e => (e.Source, e.Target, e.Data.GetValueOrDefault("response"), e.Data.GetValueOrDefault("start"), e.Data.GetValueOrDefault("exercise"), e.Data.GetValueOrDefault("engagement"), e.Data["symmetric"]))
            .Should().Equal(
                ("nation-PHL", "nation-VNM", (string?)"declined", (string?)"2026-03", (string?)$"exercise-{exercise}", (string?)null, "false"),
                ("nation-IDN", "nation-NZL", "accepted", null, null, $"engagement-{meeting}", "false"));
        edges.Where(e => e.Data["kind"] == "exercise" && e.Data["series"] == "Sea Shield").Should().NotBeEmpty().And.OnlyContain(e => e.Data["recurrence"] == "biennial");
    }

    [Theory]
    [MemberData(nameof(Databases.Engines), MemberType = typeof(Databases))]
    public async Task Invitations_are_queried_by_who_extended_and_who_received_them(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateImportedAsync(kind, Pack);
        await using var db = database.CreateContext();
        var exercise = await db.MilitaryExercises.Where(x => x.Series.Name == "Sea Shield").Select(x => x.Id).SingleAsync();
        var meeting = await db.Engagements.Where(e => e.Status == EngagementStatus.Planned && e.Subject == "maritime domain awareness").Select(e => e.Id).SingleAsync();

        (await db.Invitations.ExtendedBy("ph").Select(i => i.InviteeNation!.Alpha2Code).ToListAsync()).Should().Equal("VN");
        (await db.Invitations.ExtendedTo("NZ").Select(i => new { Inviter = i.InviterNation!.Alpha2Code, i.Response, i.EngagementId }).ToListAsync())
            .Should().Equal(new { Inviter = "ID", Response = (InvitationResponse?)InvitationResponse.Accepted, EngagementId = (int?)meeting });
        (await db.Invitations.Between("VN", "PH").Select(i => i.Response).ToListAsync()).Should().Equal(InvitationResponse.Declined);
        (await db.Invitations.ToExercise(exercise).CountAsync()).Should().Be(1);
        (await db.Invitations.ToEngagement(meeting).Select(i => i.InviteeNation!.Alpha2Code).ToListAsync()).Should().Equal("NZ");
        (await db.Invitations.ExtendedBy("JP").AnyAsync()).Should().BeFalse("Japan invited no one");
        (await db.Invitations.ExtendedTo("PH").AnyAsync()).Should().BeFalse("no one invited the Philippines");
    }

    [Theory]
    [MemberData(nameof(Databases.Engines), MemberType = typeof(Databases))]
    public async Task Another_reports_recurrence_and_response_are_competing_claims(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateImportedAsync(kind, Pack);
        await using var db = database.CreateContext();

        // Another report (made up) says the exercise is held every year and that Hanoi accepted: it
        // restates the edition and the invitation to it.
        var other = FactPackImportTests.Edited(Pack, p =>
        {
            p["document"]!["key"] = "test/sea-shield-exercise-2026-05-other";
            var facts = p["facts"]!.AsArray();
            var exerciseFact = facts[5]!.AsObject();
            var invitationFact = facts[8]!.AsObject();
            facts.Clear();
            exerciseFact.Remove("places");
            exerciseFact["recurrence"] = "Annual";
            exerciseFact["valueCites"]!["recurrence"]!["passage"] = "The exercise has been held every year since 2022";
            invitationFact["response"] = "Accepted";
            invitationFact["cite"]!["passage"] = "The Philippines invited Vietnam in March to take part in this year's drills, and Hanoi accepted";
            facts.Add(exerciseFact);
            facts.Add(invitationFact);
        }, text => text.Replace("held every two years since 2022", "held every year since 2022", StringComparison.Ordinal).Replace("but Hanoi declined", "and Hanoi accepted", StringComparison.Ordinal));
        var result = await db.ImportFactPackAsync(other);
        result.Counts.Should().ContainEquivalentOf(new FactPackImportCount(nameof(ExerciseSeries), 0, 1)).And.ContainEquivalentOf(new FactPackImportCount(nameof(Invitation), 0, 1));

        await using var check = database.CreateContext();
        var series = await check.ExerciseSeries.Include(x => x.ValueCitations).ThenInclude(v => v.Citation).SingleAsync(x => x.Name == "Sea Shield");
        series.Recurrence.Should().Be(SeriesRecurrence.Biennial, "the first stored value stays preferred, never overwritten");
        series.ValueCitations.Where(v => v.IsCompeting).Select(v => (v.Property, v.ClaimedValue, v.Citation.Passage))
            .Should().Equal((nameof(ExerciseSeries.Recurrence), (string?)"Annual", "The exercise has been held every year since 2022"));
        var invitation = await check.Invitations.Include(i => i.ValueCitations).SingleAsync(i => i.InviteeNation!.Alpha2Code == "VN");
        invitation.Response.Should().Be(InvitationResponse.Declined);
        invitation.ValueCitations.Where(v => v.IsCompeting).Select(v => (v.Property, v.ClaimedValue)).Should().Equal((nameof(Invitation.Response), (string?)"Accepted"));
        (await SourceFidelityCheck.CheckAsync(check)).Should().BeEmpty();
        (await StoredDataCheck.CheckAsync(check)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_known_series_without_a_recurrence_gains_it_with_its_own_citation()
    {
        await using var database = await TestDatabase.CreateSeededAsync(DatabaseKind.SqliteInMemory);
        await using (var db = database.CreateContext())
        {
            // The first report (made up) does not say how often the series is held; it reports the exercise alone.
            await db.ImportFactPackAsync(FactPackImportTests.Edited(Pack, p =>
            {
                p["document"]!["key"] = "test/sea-shield-exercise-2026-05-first";
                var fact = p["facts"]![5]!.AsObject();
                fact.Remove("recurrence");
                fact["valueCites"]!.AsObject().Remove("recurrence");
                var facts = p["facts"]!.AsArray();
                while (facts.Count > 6)
                {
                    facts.RemoveAt(6);
                }
            }, text => text.Replace(" The exercise has been held every two years since 2022.", string.Empty, StringComparison.Ordinal)));
            (await db.ExerciseSeries.Where(x => x.Name == "Sea Shield").Select(x => x.Recurrence).SingleAsync()).Should().BeNull("no source said");

            await db.ImportFactPackAsync(await Load());
        }

        await using var check = database.CreateContext();
        var series = await check.ExerciseSeries.Include(x => x.ValueCitations).ThenInclude(v => v.Citation).ThenInclude(c => c.SourceDocument).SingleAsync(x => x.Name == "Sea Shield");
        series.Recurrence.Should().Be(SeriesRecurrence.Biennial);
        var cited = series.ValueCitations.Single(v => v.Property == nameof(ExerciseSeries.Recurrence));
        (cited.Rank, cited.Citation.Passage, cited.Citation.SourceDocument.Key).Should().Be((ClaimRank.Preferred, "The exercise has been held every two years since 2022", "test/sea-shield-exercise-2026-05"));
        (await StoredDataCheck.CheckAsync(check)).Should().BeEmpty();
    }

    [Fact]
    public async Task Two_places_of_one_name_in_two_nations_are_two_places()
    {
        await using var database = await TestDatabase.CreateImportedAsync(DatabaseKind.SqliteInMemory, Pack);
        await using var db = database.CreateContext();

        // Another report names a Manila in another nation (made up): a place of its own, not a claim on the first.
        var other = FactPackImportTests.Edited(Pack, p =>
        {
            p["document"]!["key"] = "test/sea-shield-exercise-2026-05-other";
            var facts = p["facts"]!.AsArray();
            facts[3]!["nation"] = "US";
            facts[3]!.AsObject().Remove("valueCites");
            facts[3]!["cite"]!["support"] = "Implied";
            facts[3]!["cite"]!["note"] = "A made-up Manila in another nation, for the test.";
            while (facts.Count > 4)
            {
                facts.RemoveAt(4);
            }
        }, text => text.Replace("Four navies open", "Four navies begin", StringComparison.Ordinal));
        await db.ImportFactPackAsync(other);

        (await db.Regions.Where(r => r.Name == "Manila").Select(r => r.Nation!.Alpha2Code).OrderBy(c => c).ToListAsync()).Should().Equal("PH", "US");
    }

    [Theory]
    [InlineData("code-of-another-nation", "$.facts[1].subdivisionCode")]
    [InlineData("code-not-in-the-list", "$.facts[1].subdivisionCode")]
    [InlineData("latitude-alone", "$.facts[3].latitude")]
    [InlineData("latitude-out-of-range", "$.facts[3]")]
    [InlineData("place-twice-in-a-role", "$.facts[5].places[1]")]
    [InlineData("contribution-not-stated", "$.facts[5].participants[0].contributions[0].quantity")]
    [InlineData("invitation-to-two-events", "$.facts[8]")]
    [InlineData("invitation-from-two-inviters", "$.facts[8].inviterPerson")]
    [InlineData("invitation-to-itself", "$.facts[8].inviteeNation")]
    [InlineData("invitee-not-named", "$.facts[9].inviteeNation")]
    public async Task Bad_input_is_refused_with_its_json_path_and_nothing_is_stored(string bad, string path)
    {
        await using var database = await TestDatabase.CreateSeededAsync(DatabaseKind.SqliteInMemory);
        await using var db = database.CreateContext();
        var before = await RowCounts.OfAsync(db);
        Action<JsonObject> edit = bad switch
        {
            "code-of-another-nation" => p => Fact(p, 1)["subdivisionCode"] = "ID-JK",
            "code-not-in-the-list" => p => Fact(p, 1)["subdivisionCode"] = "PH-ZZZ",
            "latitude-alone" => p => Fact(p, 3)["latitude"] = 14.5,
            "latitude-out-of-range" => p =>
            {
                Fact(p, 3)["latitude"] = 94.5;
                Fact(p, 3)["longitude"] = 120.9;
            },
            "place-twice-in-a-role" => p => Fact(p, 5)["places"]![1]!["region"] = "verdePassage",
            "contribution-not-stated" => p => Fact(p, 5)["participants"]![0]!["contributions"]![0]!["quantity"] = 3,
            "invitation-to-two-events" => p => Fact(p, 8)["engagement"] = "nextMeeting",
            "invitation-from-two-inviters" => p => Fact(p, 8)["inviterPerson"] = "seaShield",
            "invitation-to-itself" => p => Fact(p, 8)["inviteeNation"] = "PH",
            "invitee-not-named" => p => Fact(p, 9)["inviteeNation"] = "AU",
            _ => throw new ArgumentOutOfRangeException(nameof(bad)),
        };

        var refusal = (await FluentActions.Awaiting(() => db.ImportFactPackAsync(FactPackImportTests.Edited(Pack, edit))).Should().ThrowAsync<FactPackException>()).Which;

        refusal.Problems.Should().Contain(p => p.Path.StartsWith(path, StringComparison.Ordinal), string.Join(" | ", refusal.Problems));
        (await RowCounts.OfAsync(db)).Should().Equal(before, "a refused pack stores nothing");
    }

    private static JsonObject Fact(JsonObject pack, int index) => pack["facts"]![index]!.AsObject();

    private static Task<FactPack> Load() => FactPack.LoadAsync(FactPackImportTests.PackPath(Pack));
}
