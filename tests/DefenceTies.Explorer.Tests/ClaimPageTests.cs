using System.Globalization;
using System.Net;
using DefenceTies.Claims;
using DefenceTies.Model;
using DefenceTies.Querying;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Explorer.Tests;

/// <summary>
/// The fact page of a fact whose status two made-up reports give differently: every claim side by
/// side with its passage, support and rank, before and after ranking through the library. Each test
/// has its own database (<see cref="ClaimsDatabase"/>), since ranking writes.
/// </summary>
public sealed class ClaimPageTests
{
    private const string Reason = "The ministry release says agreed, not signed.";

    [Fact]
    public async Task A_disputed_value_shows_the_preferred_value_and_the_competing_claim_each_with_its_passage_and_rank()
    {
        await using var database = await ClaimsDatabase.CreateAsync();

        var body = await FactPageAsync(database);

        PageText.ShouldContainInOrder(
            body,
            "<section class=\"competing-claims\" id=\"claims-Status\"",
            "<h2 id=\"claims-Status-heading\">Its status: competing claims</h2>",
            "<th scope=\"col\">Value</th>",
            "<th scope=\"col\">Rank</th>",
            "<tr class=\"rank-preferred\">",
            "<th scope=\"row\">Signed</th>",
            "<td>Preferred: the value the fact holds</td>",
            $"<blockquote class=\"passage\"><p>{ClaimsDatabase.SignedPassage}</p></blockquote>",
            $"<mark id=\"claim-passage-1\">{ClaimsDatabase.SignedPassage}</mark>",
            "Stated: the passage says so in so many words.",
            "<p>Not ranked: stored with this rank</p>",
            "<tr class=\"rank-normal\">",
            "<th scope=\"row\">Agreed</th>",
            "<td>Normal: a competing claim</td>",
            "key <code>test/india-vietnam-2025-03-again</code>",
            $"<mark id=\"claim-passage-2\">{ClaimsDatabase.AgreedPassage}</mark>",
            "</table>",
            "<h2>The agreement</h2>");
        body.Split("class=\"competing-claims\"").Should().HaveCount(2, "only the status is in dispute");
    }

    [Fact]
    public async Task After_ranking_the_page_shows_the_new_preferred_value_with_when_and_why()
    {
        await using var database = await ClaimsDatabase.CreateAsync();
        await using (var db = database.CreateContext())
        {
            var claimId = await db.Agreements.Claims().Where(c => c.ClaimedValue == "Agreed").Select(c => c.Id).SingleAsync();
            await db.RankClaimAsync(claimId, ClaimRank.Preferred, Reason, new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
        }

        var body = await FactPageAsync(database);

        body.Should().Contain("<dt>Status</dt>\n        <dd>agreed</dd>");
        PageText.ShouldContainInOrder(
            body,
            "<h2 id=\"claims-Status-heading\">Its status: competing claims</h2>",
            "<tr class=\"rank-preferred\">",
            "<th scope=\"row\">Agreed</th>",
            "<td>Preferred: the value the fact holds</td>",
            $"<mark id=\"claim-passage-1\">{ClaimsDatabase.AgreedPassage}</mark>",
            "<time datetime=\"2026-12-07T10:00Z\">2026-12-07 10:00 UTC</time>",
            $"<p class=\"rank-reason\">Why: {Reason}</p>",
            "<tr class=\"rank-normal\">",
            "<th scope=\"row\">Signed</th>",
            "<td>Normal: a competing claim</td>",
            $"<mark id=\"claim-passage-2\">{ClaimsDatabase.SignedPassage}</mark>",
            $"<p class=\"rank-reason\">Why: superseded: {Reason}</p>");
    }

    [Fact]
    public async Task A_fact_without_competing_claims_shows_no_claims_block()
    {
        await using var database = await ClaimsDatabase.CreateAsync();
        int exerciseId;
        await using (var db = database.CreateContext())
        {
            exerciseId = await db.MilitaryExercises.Where(x => x.Series.Name == "VINBAX").Select(x => x.Id).SingleAsync();
        }

        var (status, body) = await GetAsync(database, $"/fact/exercise/{exerciseId.ToString(CultureInfo.InvariantCulture)}");

        status.Should().Be(HttpStatusCode.OK);
        body.Should().Contain("<h2>The exercise</h2>").And.NotContain("competing-claims").And.NotContain("<table class=\"claims\">");
    }

    /// <summary>The fact page of the memorandum whose status is disputed (found by its subject, which both reports give).</summary>
    private static async Task<string> FactPageAsync(ClaimsDatabase database)
    {
        int id;
        await using (var db = database.CreateContext())
        {
            id = await db.Agreements.Where(a => a.Subject == "defence industry cooperation").Select(a => a.Id).SingleAsync();
        }

        var (status, body) = await GetAsync(database, $"/fact/agreement/{id.ToString(CultureInfo.InvariantCulture)}");
        status.Should().Be(HttpStatusCode.OK);
        return body;
    }

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(ClaimsDatabase database, string url)
    {
        using var factory = new ExplorerFactory(database.Path);
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
