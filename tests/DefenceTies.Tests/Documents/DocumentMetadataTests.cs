using System.Text;
using System.Text.Json.Nodes;
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

namespace DefenceTies.Tests.Documents;

/// <summary>
/// Issue 26, point 6: what a document states about itself (byline, agency, dateline place, time of
/// publication with its offset, credits), anonymous sources as a kind of statement, and what each
/// document did for the facts it cites (added, corroborated, contested).
/// </summary>
public class DocumentMetadataTests
{
    private const string Forum = "test-bay-of-bengal-forum-2025.json";
    private const string Contract = "test-coastal-missile-contract-2026.json";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_packs_document_metadata_and_anonymous_statement_are_stored(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using (var db = database.CreateContext())
        {
            await db.ImportFactPackAsync(await Load(Forum));
            await db.ImportFactPackAsync(await Load(Contract));
        }

        await using var check = database.CreateContext();
        var forum = await check.SourceDocuments.Include(d => d.Dateline).ThenInclude(l => l!.Place).ThenInclude(r => r.Nation).SingleAsync(d => d.Key == "test/bay-of-bengal-forum-2025-03");
        (forum.Byline, forum.Agency, forum.Credits).Should().Be(("By Farhana Rahman", "Reuters", "With inputs from PTI"));
        (forum.Dateline!.Place.Name, forum.Dateline.Place.Kind, forum.Dateline.Place.Nation!.Alpha2Code).Should().Be(("Dhaka", RegionKind.City, "BD"));
        forum.PublishedAt.Should().Be(new DateTimeOffset(2025, 3, 14, 21, 30, 0, TimeSpan.FromHours(6)));
        forum.PublishedAt!.Value.Offset.Should().Be(TimeSpan.FromHours(6), "the offset is kept as stated");
        forum.PublishedAtUtc.Should().Be(new DateTime(2025, 3, 14, 15, 30, 0, DateTimeKind.Utc));
        forum.PublishedAtUtc!.Value.Kind.Should().Be(DateTimeKind.Utc);

        // Published on April 14 in Manila, on April 13 in UTC.
        var contract = await check.SourceDocuments.SingleAsync(d => d.Key == "test/coastal-missile-contract-2026-04");
        (contract.PublishedAtUtc, contract.PublishedAtOffsetMinutes).Should().Be((new DateTime(2026, 4, 13, 23, 15, 0, DateTimeKind.Utc), 480));

        var anonymous = await check.Statements.SingleAsync(s => s.AnonymousSource != null);
        (anonymous.AnonymousSource, anonymous.Content, anonymous.SpeakerPersonId, anonymous.SpeakerOrganisationId)
            .Should().Be(("officials familiar with the talks", "Thailand will chair the forum in 2026", (int?)null, (int?)null));
        var chair = await check.OrganisationMemberships.Where(m => m.Citation.Passage.StartsWith("Thailand will chair")).EvidenceAsync();
        chair.Select(e => e.Claimant).Should().ContainSingle("Thailand's chair is claimed by the anonymous officials")
            .Which.Should().Match<EvidenceClaimant>(c => c.AnonymousSource == "officials familiar with the talks" && c.Label == "anonymous source: officials familiar with the talks" && c.PersonId == null && c.OrganisationId == null);

        (await SourceFidelityCheck.CheckAsync(check)).Should().BeEmpty();
        (await StoredDataCheck.CheckAsync(check)).Should().BeEmpty();

        // The exports: the document's author, publisher and notes; the claim as an anonymous one.
        var ftm = await ExportText(check);
        ftm.Should().Contain("\"author\":[\"By Farhana Rahman\"]").And.Contain("\"publisher\":[\"Reuters\"]")
            .And.Contain("published at: 2025-03-14T21:30:00+06:00").And.Contain("dateline: Dhaka, Bangladesh").And.Contain("credits: With inputs from PTI")
            .And.Contain("claimed by an anonymous source, officials familiar with the talks: Thailand will chair the forum in 2026");
    }

    [Theory]
    [MemberData(nameof(Databases.Engines), MemberType = typeof(Databases))]
    public async Task Publication_instants_compare_and_order_in_SQL_across_offsets(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using (var db = database.CreateContext())
        {
            // 09:30 in Dhaka is 03:30 UTC, before 05:00 in London: local text would order them the other way.
            db.Add(new SourceDocument("dhaka", null, PartialDate.Parse("2025-03-14"), "Dhaka text.").Describe(publishedAt: new DateTimeOffset(2025, 3, 14, 9, 30, 0, TimeSpan.FromHours(6))));
            db.Add(new SourceDocument("london", null, PartialDate.Parse("2025-03-14"), "London text.").Describe(publishedAt: new DateTimeOffset(2025, 3, 14, 5, 0, 0, TimeSpan.Zero)));
            db.Add(new SourceDocument("honolulu", null, PartialDate.Parse("2025-03-13"), "Honolulu text.").Describe(publishedAt: new DateTimeOffset(2025, 3, 13, 22, 0, 0, TimeSpan.FromHours(-10))));
            await db.SaveChangesAsync();
        }

        await using var check = database.CreateContext();
        var timed = check.SourceDocuments.Where(d => d.PublishedAtUtc != null);
        var ordered = timed.OrderBy(d => d.PublishedAtUtc).Select(d => d.Key);
        ordered.ToQueryString().Should().Contain("ORDER BY").And.Contain("published_at_utc");
        (await ordered.ToListAsync()).Should().Equal("dhaka", "london", "honolulu");

        var fourUtc = new DateTime(2025, 3, 14, 4, 0, 0, DateTimeKind.Utc);
        var before = timed.Where(d => d.PublishedAtUtc < fourUtc).Select(d => d.Key);
        before.ToQueryString().Should().Contain("published_at_utc").And.Contain("<");
        (await before.ToListAsync()).Should().Equal("dhaka");
        (await timed.Where(d => d.PublishedAtUtc >= new DateTime(2025, 3, 14, 8, 0, 0, DateTimeKind.Utc)).Select(d => d.Key).ToListAsync())
            .Should().Equal(["honolulu"], "22:00 on the 13th in Honolulu is 08:00 on the 14th in UTC");
        (await check.SourceDocuments.SingleAsync(d => d.Key == "honolulu")).PublishedAt!.Value.Offset.Should().Be(TimeSpan.FromHours(-10));
    }

    [Fact]
    public void A_time_of_publication_whose_date_is_not_the_publication_date_is_refused()
    {
        // 2025-03-14T21:30+06:00 is the 14th; published on the 15th it cannot be.
        var act = () => ReadForum(p => p["document"]!["publishedOn"] = "2025-03-15");
        act.Should().Throw<FactPackException>().Which.Problems.Should().Contain(p => p.Path == "$.document.publishedAt" && p.Message.Contains("2025-03-14", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("byline", "By Somebody Else")]
    [InlineData("agency", "Associated Press")]
    [InlineData("credits", "Photo: nobody")]
    public void A_metadata_text_not_in_the_document_is_refused_naming_the_field(string field, string value)
    {
        var act = () => ReadForum(p => p["document"]![field] = value);
        act.Should().Throw<FactPackException>().Which.Problems.Should().Contain(p => p.Path == $"$.document.{field}" && p.Message.Contains("does not occur in the text", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dateline_that_is_not_a_region_fact_is_refused()
    {
        var act = () => ReadForum(p => p["document"]!["dateline"] = "forum");
        act.Should().Throw<FactPackException>().Which.Problems.Should().Contain(p => p.Path == "$.document.dateline" && p.Message.Contains("region fact", StringComparison.Ordinal));
    }

    [Fact]
    public void A_statement_with_a_speaker_and_an_anonymous_source_is_refused()
    {
        var act = () => ReadForum(p => Fact(p, "officialsOnChair")["speaker"] = "forum");
        act.Should().Throw<FactPackException>().Which.Problems.Should().Contain(p => p.Path.EndsWith(".anonymousSource", StringComparison.Ordinal));
        var none = () => ReadForum(p => Fact(p, "officialsOnChair").AsObject().Remove("anonymousSource"));
        none.Should().Throw<FactPackException>().Which.Problems.Should().Contain(p => p.Path.EndsWith(".speaker", StringComparison.Ordinal));
    }

    [Fact]
    public void An_anonymous_source_is_described_in_its_passages_words()
    {
        var act = () => ReadForum(p => Fact(p, "officialsOnChair")["anonymousSource"] = "diplomats");
        act.Should().Throw<FactPackException>().Which.Problems.Should().Contain(p => p.Path.EndsWith(".anonymousSource", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Databases.Engines), MemberType = typeof(Databases))]
    public async Task Reimporting_a_document_with_other_metadata_is_refused_and_the_same_counts_as_imported(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        await db.ImportFactPackAsync(await Load(Forum));
        (await db.ImportFactPackAsync(await Load(Forum))).AlreadyImported.Should().BeTrue();

        // PTI occurs in the text (its credits), so the pack reads; the stored agency is Reuters.
        var act = () => db.ImportFactPackAsync(ReadForum(p => p["document"]!["agency"] = "PTI"));
        (await act.Should().ThrowAsync<FactPackException>()).Which.Problems.Should().ContainSingle()
            .Which.Should().Match<FactPackProblem>(p => p.Path == "$.document.agency" && p.Message.Contains("'Reuters'", StringComparison.Ordinal) && p.Message.Contains("not overwritten", StringComparison.Ordinal));
        var dropped = () => db.ImportFactPackAsync(ReadForum(p => p["document"]!.AsObject().Remove("publishedAt")));
        (await dropped.Should().ThrowAsync<FactPackException>()).Which.Problems.Should().Contain(p => p.Path == "$.document.publishedAt");
        (await db.SourceDocuments.Where(d => d.Key == "test/bay-of-bengal-forum-2025-03").Select(d => d.Agency).SingleAsync()).Should().Be("Reuters");
    }

    [Theory]
    [MemberData(nameof(Databases.Engines), MemberType = typeof(Databases))]
    public async Task A_document_added_corroborated_or_contested_each_fact(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        var firstPack = await Load("test-india-vietnam.json");
        var secondPack = Disagreeing();
        await using (var db = database.CreateContext())
        {
            await db.ImportFactPackAsync(firstPack);
            await db.ImportFactPackAsync(secondPack);
        }

        await using var check = database.CreateContext();
        var (first, second) = (firstPack.DocumentKey, secondPack.DocumentKey);
        var agreement = await check.Agreements.Where(a => a.Citation.SourceDocument.Key == first).Select(a => a.Id).SingleAsync();

        check.Agreements.ContributionsOf(second).ToQueryString().Should().Contain("UNION ALL");
        var added = await check.DocumentContributionsAsync(first);
        added.Should().Contain(c => c.Kind == DocumentContributionKind.Added && c.FactKind == "agreement" && c.FactId == agreement && c.AddedBy == first);
        added.Should().NotContain(c => c.Kind == DocumentContributionKind.Contested, "the first report contests nothing")
            .And.NotContain(c => c.Kind == DocumentContributionKind.Corroborated && c.FactKind == "agreement", "it added its agreement");

        var later = await check.DocumentContributionsAsync(second);
        later.Should().Contain(c => c.Kind == DocumentContributionKind.Corroborated && c.FactKind == "agreement" && c.FactId == agreement && c.Property == null && c.AddedBy == first);
        later.Should().ContainSingle(c => c.Kind == DocumentContributionKind.Contested)
            .Which.Should().Match<DocumentContribution>(c => c.FactKind == "agreement" && c.FactId == agreement && c.Property == nameof(Agreement.Status) && c.ClaimedValue == "Agreed");
        later.Select(c => c.Kind).Should().BeInAscendingOrder();
        (await check.DocumentContributionsAsync("no-such-document")).Should().BeEmpty();
    }

    private static Task<FactPack> Load(string name) => FactPack.LoadAsync(FactPackImportTests.PackPath(name));

    private static JsonNode Fact(JsonNode pack, string id) => pack["facts"]!.AsArray().Single(f => (string?)f!["id"] == id)!;

    private static FactPack ReadForum(Action<JsonNode> change) => Read(Forum, change);

    /// <summary>The made-up India–Vietnam follow-up as stored, but calling the memorandum Agreed where the first report said Signed: a competing claim.</summary>
    private static FactPack Disagreeing() => Read("test-india-vietnam-again.json", p => p["facts"]![0]!["status"] = "Agreed");

    private static FactPack Read(string name, Action<JsonNode> change)
    {
        var pack = JsonNode.Parse(File.ReadAllText(FactPackImportTests.PackPath(name)))!;
        change(pack);
        using var json = new MemoryStream(Encoding.UTF8.GetBytes(pack.ToJsonString()));
        using var text = File.OpenRead(FactPackImportTests.PackPath((string)pack["document"]!["text"]!));
        return FactPack.Read(json, text, name);
    }

    private static async Task<string> ExportText(DefenceTiesDbContext db) => (await Exported.RunAsync(db, ExportFormat.FollowTheMoney)).Text;
}
