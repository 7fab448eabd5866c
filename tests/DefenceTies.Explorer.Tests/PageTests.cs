using System.Net;
using System.Text.Json;

namespace DefenceTies.Explorer.Tests;

/// <summary>Every route, rendered on the server over the seeded database.</summary>
public sealed class PageTests(SeededDatabase database) : IDisposable
{
    private readonly ExplorerFactory _factory = new(database.Path);

    public void Dispose() => _factory.Dispose();

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string url)
    {
        using var client = _factory.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Nations_lists_India_and_Thailand_with_their_counts()
    {
        var (status, body) = await GetAsync("/");
        status.Should().Be(HttpStatusCode.OK);
        body.Should().Contain("<a href=\"/nation/IN\">India</a>").And.Contain("<a href=\"/nation/TH\">Thailand</a>");
        body.Should().NotContain("/nation/FR", "France has no ties in the seeded database");
    }

    [Theory]
    [InlineData("/?q=thai", "Thailand", "India")]
    [InlineData("/?q=IND", "India", "Thailand")]
    public async Task Search_matches_a_name_in_any_case_or_a_code(string url, string shown, string hidden)
    {
        var (status, body) = await GetAsync(url);
        status.Should().Be(HttpStatusCode.OK);
        body.Should().Contain($">{shown}</a>").And.NotContain($">{hidden}</a>");
    }

    [Fact]
    public async Task A_nation_links_to_its_pairs()
    {
        var (status, body) = await GetAsync("/nation/in");
        status.Should().Be(HttpStatusCode.OK);
        body.Should().Contain("href=\"/pair/IN/TH\"");
    }

    [Fact]
    public async Task A_pair_may_be_named_by_alpha_3_codes_in_any_case()
    {
        // The library's NationCodes reads the code, as the CLI's briefing does: ind is IN.
        var (status, body) = await GetAsync("/pair/ind/Tha");

        status.Should().Be(HttpStatusCode.OK);
        body.Should().Contain("<h1>India and Thailand</h1>").And.Contain("Amitabh Prasad");
    }

    [Fact]
    public async Task The_pair_page_shows_the_timeline_with_dates_as_stored_and_evidence()
    {
        var (status, body) = await GetAsync("/pair/IN/TH");
        status.Should().Be(HttpStatusCode.OK);
        body.Should().Contain("<time datetime=\"2012\">2012</time>", "the MoU signed in 2012 stays a year");
        body.Should().Contain("<time datetime=\"2024-12-12\">2024-12-12</time>");
        body.Should().Contain("Amitabh Prasad");
        body.Should().Contain("Source: implied").And.Contain("Implied: ");
        body.IndexOf("2012</time>", StringComparison.Ordinal).Should().BeLessThan(body.IndexOf("2024-12-12</time>", StringComparison.Ordinal));
        body.Should().Contain("Working group");
    }

    [Fact]
    public async Task The_network_page_lists_every_tie_and_the_endpoint_returns_the_same_graph()
    {
        var (status, body) = await GetAsync("/network");
        status.Should().Be(HttpStatusCode.OK);
        var (apiStatus, json) = await GetAsync("/api/network");
        apiStatus.Should().Be(HttpStatusCode.OK);
        using var graph = JsonDocument.Parse(json);
        var nodes = graph.RootElement.GetProperty("nodes").GetArrayLength();
        var edges = graph.RootElement.GetProperty("edges").GetArrayLength();
        nodes.Should().Be(await ExpectedNetwork.NodeCountAsync(database));
        body.Should().Contain($"{nodes} nodes (nations, bodies, people) and {edges} ties.");
    }

    [Fact]
    public async Task The_network_filters_by_kind_and_date()
    {
        var (_, json) = await GetAsync("/api/network?kind=agreement&from=2010&to=2013");
        using var graph = JsonDocument.Parse(json);
        var edges = graph.RootElement.GetProperty("edges").EnumerateArray().ToList();
        edges.Should().NotBeEmpty();
        edges.Should().OnlyContain(e => e.GetProperty("kind").GetString() == "agreement" && e.GetProperty("date").GetString() == "2012");
    }

    [Fact]
    public async Task The_fact_page_marks_the_passage_in_its_document()
    {
        var (_, pair) = await GetAsync("/pair/IN/TH");
        var agreement = System.Text.RegularExpressions.Regex.Match(pair, "href=\"(/fact/agreement/\\d+)\"").Groups[1].Value;
        var (status, body) = await GetAsync(agreement);
        status.Should().Be(HttpStatusCode.OK);
        body.Should().Contain("<mark id=\"passage-1\">A memorandum of understanding (MoU) on defence cooperation was signed in 2012");
        body.Should().Contain("Stated: the passage says so in so many words.");
    }

    [Fact]
    public async Task The_working_group_links_the_initiative_it_steers_and_the_initiative_page_says_what_it_is_part_of()
    {
        var (_, pair) = await GetAsync("/pair/IN/TH");
        var (_, group) = await GetAsync(System.Text.RegularExpressions.Regex.Match(pair, "href=\"(/fact/working-group/\\d+)\"").Groups[1].Value);
        PageText.ShouldContainInOrder(group, "<dt>Significance</dt>", "<dd>marking a significant step in bilateral defence relations</dd>", "Initiatives it steers", ">co-production of military hardware</a>");

        var (status, initiative) = await GetAsync(System.Text.RegularExpressions.Regex.Match(group, "href=\"(/fact/initiative/\\d+)\"").Groups[1].Value);
        status.Should().Be(HttpStatusCode.OK);
        PageText.ShouldContainInOrder(initiative,
            "<dt>Nations</dt>", "<dd>India, Thailand</dd>", "<dt>Steered by</dt>", "<dd>effectively steering this initiative</dd>",
            "<dt>Part of the strategy</dt>", "<dd>India&#x27;s, to enhance its domestic defence production capabilities while fostering international partnerships</dd>",
            "India and Thailand are set to enhance their defence collaboration by exploring co-production of military hardware.");
    }

    [Fact]
    public async Task The_fact_page_shows_a_value_cited_on_its_own_beside_the_facts_citation()
    {
        var (status, body) = await GetAsync($"/fact/exercise/{database.PlantedExerciseId.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        var (_, pair) = await GetAsync("/pair/IN/TH");
        var (_, agreement) = await GetAsync(System.Text.RegularExpressions.Regex.Match(pair, "href=\"(/fact/agreement/\\d+)\"").Groups[1].Value);

        status.Should().Be(HttpStatusCode.OK);
        string[] inOrder =
        [
            "<div class=\"fact-and-values\">",
            "<h2>The exercise</h2>",
            "Stated: the passage says so in so many words.",
            "<section class=\"claim value-claim\" data-value=\"StartedOn\">",
            "<h2>Its started on, cited on its own</h2>",
            "Value <code>StartedOn</code>",
            $"Implied, not stated: {SeededDatabase.StartNote}",
            $"<blockquote class=\"passage\"><p>{SeededDatabase.StartPassage}</p></blockquote>",
            "took part</h2>",
        ];

        // Each after the one before: the value's support and passage beside the fact's citation, before the parts.
        PageText.ShouldContainInOrder(body, inOrder);

        agreement.Should().NotContain("fact-and-values", "a fact with no value cited on its own shows its citations as before");
    }

    [Theory]
    [InlineData("/pair/IN/XX", "<code>XX</code>")]
    [InlineData("/pair/ZZ/TH", "<code>ZZ</code>")]
    [InlineData("/nation/QQ", "<code>QQ</code>")]
    [InlineData("/pair/IN/%3Cscript%3E", "<code>&lt;script&gt;</code>")]
    [InlineData("/nation/INDIA", "<code>INDIA</code>")]
    public async Task An_unknown_nation_is_a_helpful_404(string url, string named)
    {
        var (status, body) = await GetAsync(url);
        status.Should().Be(HttpStatusCode.NotFound);
        body.Should().Contain("Nation not found").And.Contain(named).And.Contain("href=\"/pair/IN/TH\"");
        body.Should().NotContain("<script>");
    }

    [Theory]
    [InlineData("/pair/IN/IN")]
    [InlineData("/fact/agreement/999999")]
    [InlineData("/fact/unicorn/1")]
    [InlineData("/fact/agreement/99999999999999999999")]
    [InlineData("/no/such/page")]
    public async Task Other_missing_things_are_404_pages(string url)
    {
        var (status, body) = await GetAsync(url);
        status.Should().Be(HttpStatusCode.NotFound);
        body.Should().Contain("<h1>").And.NotContain("Exception");
    }

    [Theory]
    [InlineData("/?q=%27%3B%20DROP%20TABLE%20nations%3B--")]
    [InlineData("/?q=%25")]
    [InlineData("/?q=%00%01")]
    [InlineData("/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/network?from=%3Cscript%3E&to=99999999999&kind=%3Cimg%20src%3Dx%3E&kind=agreement")]
    [InlineData("/network?from=2024-02-30&kind=")]
    [InlineData("/api/network?from=%27&to=-1&kind=%00")]
    public async Task Hostile_query_strings_are_answered_not_executed(string url)
    {
        var (status, body) = await GetAsync(url);
        status.Should().Be(HttpStatusCode.OK);
        body.Should().NotContain("<script>alert").And.NotContain("<img src=x>").And.NotContain("Exception");
        await using var db = database.CreateContext();
        db.Nations.Count().Should().Be(249);
    }

    [Fact]
    public async Task A_very_long_search_is_cut_not_refused()
    {
        var (status, _) = await GetAsync("/?q=" + new string('a', 5000));
        status.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("/pair/IN/TH")]
    [InlineData("/network")]
    [InlineData("/fact/exercise/{planted}")]
    public async Task A_name_with_markup_is_shown_as_text(string url)
    {
        var (status, body) = await GetAsync(url.Replace("{planted}", database.PlantedExerciseId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        status.Should().Be(HttpStatusCode.OK);
        body.Should().Contain("&lt;script&gt;window.__planted = 1&lt;/script&gt;EXERCISE &lt;b&gt;BOLD&lt;/b&gt;");
        body.Should().NotContain(SeededDatabase.PlantedName);
    }
}
