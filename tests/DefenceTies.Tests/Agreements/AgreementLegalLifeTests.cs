using System.Text.Json.Nodes;
using DefenceTies.FactPacks;
using DefenceTies.Model;
using DefenceTies.Querying;
using DefenceTies.Tests.FactPacks;
using DefenceTies.Tests.Infrastructure;
using DefenceTies.Verification;
using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace DefenceTies.Tests.Agreements;

/// <summary>
/// Issue 26, point 2: a made-up report of a defence pact signed, ratified by two parliaments, brought
/// into force by an exchange of notes; its events stored per party, the status and entry into force
/// following from them, a status a source states otherwise kept as a claim, and the queries over it.
/// </summary>
public class AgreementLegalLifeTests
{
    private const string Pack = "test-defence-pact-ratified-2027.json";

    /// <summary>The pact's index among the pack's facts (after its two bodies, the memorandum it is concluded under and the policy it implements).</summary>
    private const int Pact = 4;

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Each_step_is_stored_per_party_and_the_status_follows_from_them(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using (var db = database.CreateContext())
        {
            var result = await db.ImportFactPackAsync(await Load());
            result.Counts.Should().ContainEquivalentOf(new FactPackImportCount(nameof(AgreementEvent), 5, 0));
        }

        await using var check = database.CreateContext();
        var pact = await check.Agreements.SingleAsync(a => a.Subject == "defence cooperation" && a.Kind == AgreementKind.Treaty);
        (pact.Status, pact.EnteredIntoForceOn).Should().Be((AgreementStatus.InForce, PartialDate.Parse("2027-02-01")));
        (await check.AgreementEvents.OfAgreement(pact.Id).Select(e => new { e.Kind, On = e.OccurredOn, Party = e.Party == null ? null : e.Party.Alpha2Code, Body = e.ActingBody == null ? null : e.ActingBody.Name }).ToListAsync())
            .Should().Equal(
                new { Kind = AgreementEventKind.Signed, On = (PartialDate?)PartialDate.Parse("2026-05-06"), Party = (string?)null, Body = (string?)null },
                new { Kind = AgreementEventKind.Ratified, On = (PartialDate?)PartialDate.Parse("2026-11-18"), Party = (string?)"ID", Body = (string?)"House of Representatives" },
                new { Kind = AgreementEventKind.Ratified, On = (PartialDate?)PartialDate.Parse("2027-01-12"), Party = (string?)"CL", Body = (string?)"National Congress" },
                new { Kind = AgreementEventKind.ExchangeOfNotes, On = (PartialDate?)PartialDate.Parse("2027-01-20"), Party = (string?)null, Body = (string?)null },
                new { Kind = AgreementEventKind.EnteredIntoForce, On = (PartialDate?)PartialDate.Parse("2027-02-01"), Party = (string?)null, Body = (string?)null });

        (await check.Agreements.RatifiedBy("cl").Select(a => a.Id).ToListAsync()).Should().Equal(pact.Id);
        (await check.AgreementEvents.ForParty("ID").Select(e => e.Kind).SingleAsync()).Should().Be(AgreementEventKind.Ratified);
        (await check.Agreements.InForceOn(new DateOnly(2027, 2, 1)).Select(a => a.Id).ToListAsync()).Should().Contain(pact.Id);
        (await check.Agreements.InForceOn(new DateOnly(2027, 1, 31)).Select(a => a.Id).ToListAsync()).Should().NotContain(pact.Id, "ratified by both and the notes exchanged, but not yet in force");

        (await SourceFidelityCheck.CheckAsync(check)).Should().BeEmpty();
        (await StoredDataCheck.CheckAsync(check)).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_status_the_source_states_otherwise_stays_a_claim_beside_the_one_the_events_give(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using (var db = database.CreateContext())
        {
            // The pack states the pact only signed, and gives no date of entry into force itself.
            await db.ImportFactPackAsync(FactPackImportTests.Edited(Pack, p =>
            {
                Fact(p, Pact)["status"] = "Signed";
                Fact(p, Pact).Remove("enteredIntoForceOn");
            }));
        }

        await using var check = database.CreateContext();
        var pact = await check.Agreements.Include(a => a.ValueCitations).ThenInclude(v => v.Citation).SingleAsync(a => a.Kind == AgreementKind.Treaty && a.Subject == "defence cooperation");
        (pact.Status, pact.EnteredIntoForceOn).Should().Be((AgreementStatus.InForce, PartialDate.Parse("2027-02-01")));
        var status = pact.ValueCitations.Where(v => v.Property == nameof(Agreement.Status)).ToList();
        status.Should().ContainSingle(v => v.Rank == ClaimRank.Preferred).Which.Citation.Passage.Should().Be("entered into force on February 1, 2027");
        status.Should().ContainSingle(v => v.Rank == ClaimRank.Normal).Which.ClaimedValue.Should().Be("Signed", "what the source stated is kept, beside what its events give");
        pact.ValueCitations.Single(v => v.Property == nameof(Agreement.EnteredIntoForceOn)).Citation.Passage.Should().Be("entered into force on February 1, 2027");
        (await StoredDataCheck.CheckAsync(check)).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Databases.Engines), MemberType = typeof(Databases))]
    public async Task The_stored_data_check_finds_a_status_written_against_the_events(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateImportedAsync(kind, Pack);
        await using var db = database.CreateContext();
        await db.Database.ExecuteSqlRawAsync("UPDATE agreements SET status = 'Signed' WHERE kind = 'Treaty' AND subject = 'defence cooperation'");

        (await StoredDataCheck.CheckAsync(db)).Select(f => (f.Entity, f.Field, f.Value?.ToString()))
            .Should().Equal((nameof(Agreement), nameof(Agreement.Status), (string?)"Signed"));
    }

    [Theory]
    [InlineData("party-not-a-party", "$.facts[4].events[1].party")]
    [InlineData("body-on-a-signature", "$.facts[4].events[0]")]
    [InlineData("scheduled-without-date", "$.facts[4].events[4]")]
    [InlineData("same-step-twice", "$.facts[4].events[2]")]
    public async Task Bad_input_is_refused_with_its_json_path_and_nothing_is_stored(string bad, string path)
    {
        await using var database = await TestDatabase.CreateSeededAsync(DatabaseKind.SqliteInMemory);
        await using var db = database.CreateContext();
        var before = await RowCounts.OfAsync(db);
        Action<JsonObject> edit = bad switch
        {
            "party-not-a-party" => p => Event(p, 1)["party"] = "PH",
            "body-on-a-signature" => p => Event(p, 0)["by"] = "indonesianHouse",
            "scheduled-without-date" => p =>
            {
                Event(p, 4)["kind"] = "ScheduledToEnterIntoForce";
                Event(p, 4).Remove("on");
            },
            "same-step-twice" => p => Event(p, 2)["party"] = "ID",
            _ => throw new ArgumentOutOfRangeException(nameof(bad)),
        };

        var refusal = (await FluentActions.Awaiting(() => db.ImportFactPackAsync(FactPackImportTests.Edited(Pack, edit))).Should().ThrowAsync<FactPackException>()).Which;

        refusal.Problems.Should().Contain(p => p.Path.StartsWith(path, StringComparison.Ordinal), string.Join(" | ", refusal.Problems));
        (await RowCounts.OfAsync(db)).Should().Equal(before, "a refused pack stores nothing");
    }

    private static JsonObject Fact(JsonObject pack, int index) => pack["facts"]![index]!.AsObject();

    private static JsonObject Event(JsonObject pack, int index) => Fact(pack, Pact)["events"]![index]!.AsObject();

    private static Task<FactPack> Load() => FactPack.LoadAsync(FactPackImportTests.PackPath(Pack));
}
