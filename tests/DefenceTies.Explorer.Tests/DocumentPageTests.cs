using System.Net;

namespace DefenceTies.Explorer.Tests;

/// <summary>
/// The document page (issue 26, point 8): what a document states about itself, and per fact it
/// cites whether it added, corroborated or contested it, over the made-up reports of
/// <see cref="OrganisationsDatabase"/>; the fact pages' evidence links to it.
/// </summary>
public sealed class DocumentPageTests(OrganisationsDatabase database) : IClassFixture<OrganisationsDatabase>, IDisposable
{
    private const string ForumReport = "/document/test/bay-of-bengal-forum-2025-03";

    private readonly ExplorerFactory _factory = new(database.Path);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_document_page_shows_its_metadata_and_the_facts_it_added()
    {
        var (status, body) = await GetAsync(_factory, ForumReport);

        status.Should().Be(HttpStatusCode.OK);
        PageText.ShouldContainInOrder(
            body,
            "<dl class=\"details\" id=\"document-details\">",
            "<dd>test/bay-of-bengal-forum-2025-03</dd>",
            "<dt>Published</dt>", "<dd>2025-03-14 (at 2025-03-14T21:30:00&#x2B;06:00)</dd>",
            "<dt>Byline</dt>", "<dd>By Farhana Rahman</dd>",
            "<dt>Agency</dt>", "<dd>Reuters</dd>",
            "<dt>Dateline</dt>", "<dd>Dhaka, Bangladesh</dd>",
            "<dt>Credits</dt>", "<dd>With inputs from PTI</dd>",
            "<dt>Origin</dt>", "<dd>news report</dd>",
            "<table class=\"items\" id=\"added\">",
            $"<a href=\"/fact/organisation/{database.ForumId}\">organisation forum</a>", "the fourth annual Bay of Bengal Defence Ministers&#x27; Forum",
            "</table>");
    }

    [Fact]
    public async Task A_later_report_shows_the_facts_it_corroborated_with_the_document_that_added_them()
    {
        var (status, body) = await GetAsync(_factory, "/document/test/bay-of-bengal-working-group-2024-06");

        status.Should().Be(HttpStatusCode.OK);
        PageText.ShouldContainInOrder(
            body,
            "<table class=\"items\" id=\"corroborated\">",
            $"<a href=\"/fact/organisation/{database.ForumId}\">organisation forum</a>",
            $", added by <a href=\"{ForumReport}\">test/bay-of-bengal-forum-2025-03</a>",
            "</table>");
    }

    [Fact]
    public async Task The_fact_pages_evidence_links_to_the_documents_page()
    {
        var (_, body) = await GetAsync(_factory, $"/fact/organisation/{database.ForumId}");

        body.Should().Contain($"<a class=\"document\" href=\"{ForumReport}\">");
    }

    [Fact]
    public async Task An_unknown_document_is_not_found()
    {
        var (status, body) = await GetAsync(_factory, "/document/no/such-report");

        status.Should().Be(HttpStatusCode.NotFound);
        body.Should().Contain("<code>no/such-report</code>");
    }

    [Fact]
    public async Task A_report_claiming_another_value_shows_it_as_contested()
    {
        await using var claims = await ClaimsDatabase.CreateAsync();
        using var factory = new ExplorerFactory(claims.Path);

        var (status, body) = await GetAsync(factory, "/document/test/india-vietnam-2025-03-again");

        status.Should().Be(HttpStatusCode.OK);
        PageText.ShouldContainInOrder(
            body,
            "<table class=\"items\" id=\"corroborated\">", "agreement mou", ", added by <a href=\"/document/test/india-vietnam-2025-03\">",
            "<table class=\"items\" id=\"contested\">", "agreement mou", "<td>Status: Agreed</td>", ClaimsDatabase.AgreedPassage);
    }

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(ExplorerFactory factory, string url)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
