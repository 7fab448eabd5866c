using System.Text.Json;
using System.Text.Json.Nodes;
using DefenceTies.Exports;
using DefenceTies.FactPacks;
using DefenceTies.Model;
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
/// province, staged from a naval station, its third edition with what two navies sent, a meeting in
/// Manila on its sidelines and the next one planned in Jakarta; places stored
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
            _ => throw new ArgumentOutOfRangeException(nameof(bad)),
        };

        var refusal = (await FluentActions.Awaiting(() => db.ImportFactPackAsync(FactPackImportTests.Edited(Pack, edit))).Should().ThrowAsync<FactPackException>()).Which;

        refusal.Problems.Should().Contain(p => p.Path.StartsWith(path, StringComparison.Ordinal), string.Join(" | ", refusal.Problems));
        (await RowCounts.OfAsync(db)).Should().Equal(before, "a refused pack stores nothing");
    }

    private static JsonObject Fact(JsonObject pack, int index) => pack["facts"]![index]!.AsObject();

    private static Task<FactPack> Load() => FactPack.LoadAsync(FactPackImportTests.PackPath(Pack));
}
