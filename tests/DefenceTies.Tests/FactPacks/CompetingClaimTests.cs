using DefenceTies.Claims;
using DefenceTies.FactPacks;
using DefenceTies.Model;
using DefenceTies.Querying;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.FactPacks;

/// <summary>
/// A second report of a stored fact: each value it gives becomes a new value, a corroboration or a
/// competing claim — never an overwrite, never dropped; the plan and the import say which per fact;
/// claims are ranked through the API with when and why, and exactly one value stays preferred.
/// </summary>
public class CompetingClaimTests
{
    private const string FirstKey = "test/india-vietnam-2025-03";
    private const string SecondKey = "test/india-vietnam-2025-03-again";

    /// <summary>
    /// The (made-up) second report of the memorandum, in format 2: a title the stored memorandum
    /// lacks (new), the status Agreed where the first said Signed (contested), the same subject with a
    /// citation of its own (corroborated).
    /// </summary>
    private static FactPack Disagreeing() => FactPackImportTests.Edited("test-india-vietnam-again.json", pack =>
    {
        pack["version"] = 2;
        var mou = pack["facts"]![0]!.AsObject();
        mou["id"] = "mou";
        mou["title"] = "memorandum of understanding";
        mou["status"] = "Agreed";
        var cite = mou["cite"]!.DeepClone();
        mou.Remove("cite");
        mou["valueCites"] = new System.Text.Json.Nodes.JsonObject
        {
            ["subject"] = new System.Text.Json.Nodes.JsonObject { ["passage"] = "on defence industry cooperation", ["support"] = "Stated" },
        };
        mou["cite"] = cite;
    });

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Every_value_of_a_restating_fact_is_new_corroborating_or_a_competing_claim(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateImportedAsync(kind, "test-india-vietnam.json");
        await using var db = database.CreateContext();
        var plan = await db.PlanFactPackImportAsync(Disagreeing());
        var result = await db.ImportFactPackAsync(Disagreeing());

        var fact = plan.Facts.Should().ContainSingle().Which;
        fact.Outcome.Should().Be(FactPackFactOutcome.Contest);
        fact.NewValues.Should().Equal("title");
        fact.ContestedValues.Should().Equal("status");
        result.Facts.Should().BeEquivalentTo(plan.Facts, "the import says per fact what the plan said");
        result.Counts.Should().ContainEquivalentOf(new FactPackImportCount(nameof(Agreement), 0, 1));

        await using var read = database.CreateContext();
        var mou = read.Agreements.Where(a => a.Subject == "defence industry cooperation" && a.Kind == AgreementKind.MemorandumOfUnderstanding && a.ConcludedOn == PartialDate.FromYearMonthDay(2025, 3, 3));
        var agreement = await mou.SingleAsync();
        agreement.Status.Should().Be(AgreementStatus.Signed, "the first stored value stays preferred until someone ranks");
        agreement.Title.Should().Be("memorandum of understanding", "a value the fact lacked is a new value");
        (await mou.CitationOfValue(a => a.Title).Select(c => c.SourceDocument.Key).SingleAsync()).Should().Be(SecondKey);
        (await mou.CitationOfValue(a => a.Status).Select(c => c.SourceDocument.Key).SingleAsync()).Should().Be(FirstKey);

        var claims = await mou.Claims().Select(c => new { c.Property, c.ClaimedValue, c.Rank, Source = c.Citation.SourceDocument.Key, c.Citation.Passage }).ToListAsync();
        claims.Should().BeEquivalentTo(
        [
            new { Property = nameof(Agreement.Status), ClaimedValue = (string?)"Agreed", Rank = ClaimRank.Normal, Source = SecondKey, Passage = "India and Vietnam signed a memorandum of understanding on defence industry cooperation on March 3, 2025, an official confirmed." },
            new { Property = nameof(Agreement.Subject), ClaimedValue = (string?)null, Rank = ClaimRank.Normal, Source = SecondKey, Passage = "on defence industry cooperation" },
        ]);
        (await read.Agreements.InDispute().Select(a => a.Id).ToListAsync()).Should().Equal(agreement.Id);

        var listed = await ClaimListing.ListAsync(read, inDisputeOnly: true);
        listed.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            FactType = nameof(Agreement), FactId = agreement.Id, Property = nameof(Agreement.Status), HeldValue = "Signed", ClaimedValue = "Agreed",
            Rank = ClaimRank.Normal, DocumentKey = SecondKey, Support = SupportKind.Stated,
        });
        (await ClaimListing.ListAsync(read)).Should().HaveCount(2, "with the subject cited again");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Ranking_a_claim_preferred_swaps_the_values_and_keeps_both_with_when_and_why(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateImportedAsync(kind, "test-india-vietnam.json");
        await using (var setup = database.CreateContext())
        {
            await setup.ImportFactPackAsync(Disagreeing());
        }

        int claimId;
        await using (var db = database.CreateContext())
        {
            claimId = await db.ValueCitations.Where(v => v.ClaimedValue == "Agreed").Select(v => v.Id).SingleAsync();
            var at = new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
            var fact = await db.RankClaimAsync(claimId, ClaimRank.Preferred, "The ministry's own release says agreed, not signed.", at);
            ((Agreement)fact).Status.Should().Be(AgreementStatus.Agreed);
        }

        await using var read = database.CreateContext();
        var mou = read.Agreements.Where(a => a.Status == AgreementStatus.Agreed && a.Kind == AgreementKind.MemorandumOfUnderstanding);
        (await mou.CountAsync()).Should().Be(1);
        (await mou.CitationOfValue(a => a.Status).Select(c => c.SourceDocument.Key).SingleAsync()).Should().Be(SecondKey);
        var promoted = await read.ValueCitations.SingleAsync(v => v.Id == claimId);
        promoted.Should().BeEquivalentTo(new { Rank = ClaimRank.Preferred, ClaimedValue = (string?)null, RankReason = "The ministry's own release says agreed, not signed." });
        promoted.RankedAt.Should().NotBeNull();
        var kept = await mou.Claims().Where(c => c.Property == nameof(Agreement.Status)).Select(c => new { c.ClaimedValue, c.Rank, Source = c.Citation.SourceDocument.Key, c.RankReason }).SingleAsync();
        kept.Should().BeEquivalentTo(new { ClaimedValue = "Signed", Rank = ClaimRank.Normal, Source = FirstKey }, "the value held before stays, with its citation");
        kept.RankReason.Should().StartWith("superseded");

        // The value held before can be deprecated; the dispute is then settled.
        await using (var db = database.CreateContext())
        {
            var old = await db.ValueCitations.Where(v => v.ClaimedValue == "Signed").Select(v => v.Id).SingleAsync();
            await db.RankClaimAsync(old, ClaimRank.Deprecated, "A draft's wording.");
        }

        await using var after = database.CreateContext();
        (await after.Agreements.InDispute().CountAsync()).Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Exactly_one_value_is_preferred_in_the_model_and_in_the_database(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateImportedAsync(kind, "test-india-vietnam.json");
        await using var db = database.CreateContext();
        await db.ImportFactPackAsync(Disagreeing());
        var title = await db.ValueCitations.SingleAsync(v => v.Property == nameof(Agreement.Title));

        var demote = () => db.RankClaimAsync(title.Id, ClaimRank.Deprecated, "no");
        (await demote.Should().ThrowAsync<DomainRuleException>()).Which.Message.Should().Contain("exactly one value is preferred");
        var missing = () => db.RankClaimAsync(-1, ClaimRank.Preferred, "no");
        (await missing.Should().ThrowAsync<DomainRuleException>()).Which.Message.Should().Contain("no stored claim");

        var agreementId = await db.Agreements.Where(a => a.Title != null).Select(a => a.Id).SingleAsync();
        var secondPreferred = () => db.Database.ExecuteSqlAsync(
            $"INSERT INTO value_citations (citation_id, property, rank, agreement_id) VALUES ({title.CitationId}, {"Title"}, {"Preferred"}, {agreementId})");
        (await secondPreferred.Should().ThrowAsync<ConstraintViolationException>()).Which.Kind.Should().Be(ConstraintKind.Unique, "a property has one preferred citation");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_person_given_another_rank_keeps_both_ranks(DatabaseKind kind)
    {
        // Tharapong Malakam is stored as "Gen" (the built-in report); a made-up report calls him "Col".
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var pack = FactPackImportTests.Edited("test-india-vietnam.json",
            p => { p["facts"]![1]!["name"] = "Tharapong Malakam"; p["facts"]![1]!["rank"] = "Col"; },
            text => text.Replace("Amitabh Prasad", "Col Tharapong Malakam", StringComparison.Ordinal));

        var result = await db.ImportFactPackAsync(pack);

        result.Counts.Should().ContainEquivalentOf(new FactPackImportCount(nameof(Person), 0, 1));
        await using var read = database.CreateContext();
        var malakam = read.People.Where(p => p.Name == "Tharapong Malakam");
        (await malakam.Select(p => p.Rank).SingleAsync()).Should().Be("Gen");
        (await malakam.Claims().Select(c => c.ClaimedValue).SingleAsync()).Should().Be("Col");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_delegation_member_given_another_role_keeps_both_roles_on_the_member(DatabaseKind kind)
    {
        // The built-in report: Amitabh Prasad led the Indian delegation at the talks of 12 December
        // 2024. A made-up report restates the talks and has him as a member of that delegation.
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        const string Text = """
            TEST FIXTURE: a made-up report for the DefenceTies tests.
            New Delhi, December 13, 2024 - Indian and Thai defence officials held talks on the co-production of military hardware in New Delhi on December 12, 2024.
            Joint Secretary Amitabh Prasad was among the members of the Indian delegation, which was led by a senior ministry official.
            """;
        var members = "Joint Secretary Amitabh Prasad was among the members of the Indian delegation";
        var talks = "Indian and Thai defence officials held talks on the co-production of military hardware in New Delhi on December 12, 2024.";
        var json = $$"""
            {
              "format": "defenceties-fact-pack",
              "version": 2,
              "document": { "key": "test/india-thailand-talks-member", "publishedOn": "2024-12-13", "origin": "NewsReport", "text": "member.txt",
                            "sha256": "{{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Text)))}}" },
              "facts": [
                { "type": "person", "id": "prasad", "name": "Amitabh Prasad", "cite": { "passage": "{{members}}", "support": "Stated" } },
                { "type": "engagement", "id": "talks", "kind": "Talks", "subject": "co-production of military hardware", "heldOn": "2024-12-12", "corroborates": true,
                  "delegations": [
                    { "nation": "IN", "members": [ { "person": "prasad", "role": "Member", "cite": { "passage": "{{members}}", "support": "Stated" } } ],
                      "cite": { "passage": "{{talks}}", "support": "Stated" } },
                    { "nation": "TH", "cite": { "passage": "{{talks}}", "support": "Stated" } } ],
                  "cite": { "passage": "{{talks}}", "support": "Stated" } }
              ]
            }
            """;
        using var packStream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        using var textStream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Text));
        var pack = FactPack.Read(packStream, textStream, "member.json");

        var plan = await db.PlanFactPackImportAsync(pack);
        await db.ImportFactPackAsync(pack);

        plan.Facts.Single(f => f.Path == "$.facts[1]").ContestedValues.Should().Contain("delegations[0].members[0].role", "the role is a value of the member, claimed like a fact's");
        await using var read = database.CreateContext();
        var member = read.DelegationMembers.Where(m => m.Person.Name == "Amitabh Prasad" && m.Delegation.Engagement.HeldOn == PartialDate.FromYearMonthDay(2024, 12, 12));
        (await member.Select(m => m.Role).SingleAsync()).Should().Be(DelegationRole.Leader, "the first stored value stays preferred until someone ranks");
        var claim = await member.Claims().Select(c => new { c.Property, c.ClaimedValue, c.Rank, Source = c.Citation.SourceDocument.Key }).SingleAsync();
        claim.Should().BeEquivalentTo(new { Property = nameof(DelegationMember.Role), ClaimedValue = (string?)"Member", Rank = ClaimRank.Normal, Source = "test/india-thailand-talks-member" });
    }
}
