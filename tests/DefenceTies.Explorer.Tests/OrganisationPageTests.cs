using System.Net;

namespace DefenceTies.Explorer.Tests;

/// <summary>
/// The organisation pages, and the nation, fact and pair pages' links to them, rendered on the
/// server over the made-up reports of issue 25 (<see cref="OrganisationsDatabase"/>, built once for the class).
/// </summary>
public sealed class OrganisationPageTests(OrganisationsDatabase database) : IClassFixture<OrganisationsDatabase>, IDisposable
{
    private readonly ExplorerFactory _factory = new(database.Path);

    public void Dispose() => _factory.Dispose();

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string url)
    {
        using var client = _factory.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private string Forum => $"/organisation/{database.ForumId}";

    [Fact]
    public async Task The_forum_page_shows_its_kind_no_nation_its_other_name_and_its_members_with_roles_and_terms_as_stated()
    {
        var (status, body) = await GetAsync(Forum);

        status.Should().Be(HttpStatusCode.OK);
        body.Should().Contain("<h1>Bay of Bengal Defence Ministers&#x27; Forum</h1>");
        PageText.ShouldContainInOrder(body, "<dt>Kind</dt>", "<dd>forum</dd>", "<dt>Nation</dt>", "none: it belongs to no nation", "<dt>Also known as</dt>", $"<dd>{OrganisationsDatabase.ForumAcronym}</dd>");
        PageText.ShouldContainInOrder(body, "<ul id=\"other-names\">", $"<span class=\"other-name\">{OrganisationsDatabase.ForumAcronym}</span> (acronym)", $"({OrganisationsDatabase.ForumAcronym})");

        // Each role is a row with its own term and passage: Bangladesh a member since 2021 and chair for 2025,
        // Thailand chair from 2026 with no end stated (the report gives none), Myanmar a member since 2022.
        PageText.ShouldContainInOrder(
            body,
            "<table id=\"members\"",
            "<a href=\"/nation/BD\">Bangladesh</a></th>", "<td>member</td>", "<td>2021</td>", "<td>not stated</td>", "The forum was founded in 2021 by India, Bangladesh, Sri Lanka and Thailand",
            "<a href=\"/nation/BD\">Bangladesh</a></th>", "<td>chair</td>", "<td>2025</td>", "<td>2025</td>", "which Bangladesh chairs for 2025",
            "<a href=\"/nation/IN\">India</a></th>", "<td>member</td>", "<td>2021</td>",
            "<a href=\"/nation/MM\">Myanmar</a></th>", "<td>member</td>", "<td>2022</td>", "Myanmar joined it in 2022",
            "<a href=\"/nation/TH\">Thailand</a></th>", "<td>member</td>", "<td>2021</td>",
            "<a href=\"/nation/TH\">Thailand</a></th>", "<td>chair</td>", "<td>2026</td>", "<td>not stated</td>", "Thailand will chair the forum in 2026",
            "</table>");
    }

    [Fact]
    public async Task The_forum_page_shows_its_secretary_general_its_working_group_its_agreement_and_its_meeting()
    {
        var (_, body) = await GetAsync(Forum);

        PageText.ShouldContainInOrder(
            body,
            "<h2>Posts</h2>", "<h3>Secretary-General</h3>", "the forum&#x27;s Secretary-General, Anura Wickramasinghe",
            ">Anura Wickramasinghe</a>", "dates not stated",
            "<h2>Working groups</h2>", ">Expert Working Group on Maritime Security</a></h3>", "to draw up common procedures for sharing information on vessels at sea (active)",
            "<a href=\"/nation/IN\">India</a></th>", "<td>co-chair</td>", "<td>2024</td>", "<td>2026</td>", "Implied: The report gives the co-chairs",
            "<a href=\"/nation/TH\">Thailand</a></th>", "<td>co-chair</td>", "<td>2024</td>", "<td>2026</td>",
            "<a href=\"/nation/BD\">Bangladesh</a></th>", "<td>member</td>", "<td>not stated</td>",
            "<h2>Agreements</h2>", ">hosting the forum&#x27;s permanent secretariat in Colombo</a></th>", "<td>2025-03-13</td>", "<td>party</td>",
            "<h2>Meetings</h2>", ">the fourth annual Bay of Bengal Defence Ministers&#x27; Forum</a></th>", "<td>2025-03-13</td>", "<td>participant</td>");
        body.Should().NotContain("<h2>Owners</h2>", "a forum is not owned");
    }

    [Fact]
    public async Task A_joint_venture_shows_its_owners_with_their_shares_exactly_as_stated()
    {
        var (status, body) = await GetAsync($"/organisation/{database.JointVentureId}");

        status.Should().Be(HttpStatusCode.OK);
        PageText.ShouldContainInOrder(
            body,
            "<h1>Atlanvia Perisai Missiles</h1>", "<dd>joint venture</dd>",
            "<table id=\"owners\"",
            ">Atlanvia Systems</a></th>", "<td class=\"share\">50.5 %</td>", "Atlanvia Systems holds 50.5 per cent of the new company",
            ">Perisai Dynamics</a></th>", "<td class=\"share\">49.5 %</td>", "Perisai Dynamics the remaining 49.5 per cent");
    }

    [Fact]
    public async Task An_owner_company_shows_its_owner_nation_its_stake_and_what_it_witnessed()
    {
        var perisai = await LinkAsync($"/organisation/{database.JointVentureId}", "Perisai Dynamics");
        var (_, body) = await GetAsync(perisai);
        PageText.ShouldContainInOrder(
            body,
            "<h1>Perisai Dynamics</h1>", "<dd>state owned enterprise</dd>", "<a href=\"/nation/MY\">Malaysia</a>",
            "<table id=\"owners\"", "<a href=\"/nation/MY\">Malaysia</a></th>", "<td class=\"share\">100 %</td>",
            "<table id=\"owns\"", $"<a href=\"/organisation/{database.JointVentureId}\">Atlanvia Perisai Missiles</a></th>", "<td class=\"share\">49.5 %</td>");

        var (_, atlanvia) = await GetAsync(await LinkAsync($"/organisation/{database.JointVentureId}", "Atlanvia Systems"));
        PageText.ShouldContainInOrder(atlanvia, "<a href=\"/nation/PT\">Portugal</a>", "<h2>Agreements</h2>", ">missile research</a></th>", "<td>2026-03-05</td>", "<td>witness</td>", "Officials of Atlanvia Systems witnessed the signing.");
    }

    [Fact]
    public async Task The_nation_page_lists_its_memberships_with_roles_and_terms_and_its_people_with_other_names()
    {
        var (status, thailand) = await GetAsync("/nation/TH");

        status.Should().Be(HttpStatusCode.OK);
        PageText.ShouldContainInOrder(
            thailand,
            "<h2>Member of</h2>", "<table id=\"memberships\"",
            $"<a href=\"/organisation/{database.ForumId}\">Bay of Bengal Defence Ministers&#x27; Forum</a></th>", "<td>member</td>", "<td>2021</td>", "<td>not stated</td>",
            $"<a href=\"/organisation/{database.ForumId}\">Bay of Bengal Defence Ministers&#x27; Forum</a></th>", "<td>chair</td>", "<td>2026</td>", "<td>not stated</td>",
            "<h2>People</h2>", "<table id=\"people\"", ">Gen Tharapong Malakam</a>", "Deputy Permanent Secretary for Defence");

        var (_, indonesia) = await GetAsync("/nation/ID");
        PageText.ShouldContainInOrder(
            indonesia,
            "<table id=\"people\"", ">Ratna Sari Dewi</a>", "(also Ms. Dewi)", "Defence Minister", "(also Menteri Pertahanan)", "<td>not stated</td>",
            "<ul id=\"bodies\">", ">Indonesian Navy</a></li>",
            "<table id=\"security-issues\"", ">maritime militia incidents</a></th>", "<td>affected</td>", "<td>2025-03</td>",
            ">maritime militia incidents</a></th>", "<td>addressing it</td>", "<td>2025-04-14</td>");
    }

    [Theory]
    [InlineData("/organisation/999999", "999999")]
    [InlineData("/organisation/not-a-number", "not-a-number")]
    public async Task An_unknown_organisation_is_a_404_page_naming_it(string url, string named)
    {
        var (status, body) = await GetAsync(url);

        status.Should().Be(HttpStatusCode.NotFound);
        body.Should().Contain("<h1>Organisation not found</h1>")
            .And.Contain($"The database holds no organisation with the id <code>{named}</code>.")
            .And.Contain("<a href=\"/\">nation</a>");
    }

    [Fact]
    public async Task Fact_pages_show_other_names_body_parties_signatories_and_issue_actors_with_links_to_organisation_pages()
    {
        var (_, issue) = await GetAsync($"/fact/security-issue/{database.SecurityIssueId}");
        PageText.ShouldContainInOrder(
            issue,
            "<h1>maritime militia incidents</h1>", "<dd>Sulu Sea</dd>", "Philippines&#x27;s maritime militia: behind it (2025-03)",
            "<ul id=\"bodies\">", ">Indonesian Navy</a></li>",
            "<h2>The security issue</h2>", "<h2>It arises in Sulu Sea</h2>",
            "<h2>Philippines&#x27;s maritime militia: behind it (2025-03)</h2>", "<mark id=", "Militia vessels from the Philippines have harassed",
            "<h2>Indonesian Navy: addressing it</h2>", "the Indonesian Navy would lead the first patrols in June.");

        var (_, jspa) = await GetAsync(await LinkAsync("/pair/ID/MY", "Joint Sulu Sea Patrol Arrangement"));
        PageText.ShouldContainInOrder(jspa, "<dt>Also known as</dt>", "<dd>JSPA</dd>", "<h2>Also known as JSPA (acronym)</h2>", "known as JSPA");

        var (_, mou) = await GetAsync(await LinkAsync(Forum, "hosting the forum&#x27;s permanent secretariat in Colombo"));
        PageText.ShouldContainInOrder(
            mou,
            "<dt>Parties</dt>", "<dd>Sri Lanka, Bay of Bengal Defence Ministers&#x27; Forum</dd>",
            $"<a href=\"/organisation/{database.ForumId}\">", "<h2>Bay of Bengal Defence Ministers&#x27; Forum is a party</h2>", "a memorandum of understanding between the forum and Sri Lanka");

        var (_, research) = await GetAsync(await LinkAsync($"/organisation/{database.JointVentureId}", "Atlanvia Systems", then: "missile research"));
        PageText.ShouldContainInOrder(
            research,
            "<dt>Signed by</dt>", "Defence Research Directorate (signatory on behalf of Portugal)",
            "<h2>Defence Research Directorate: signatory on behalf of Portugal</h2>");
    }

    [Fact]
    public async Task The_pair_timeline_links_the_forum_a_working_group_works_under()
    {
        var (_, body) = await GetAsync("/pair/IN/TH");

        PageText.ShouldContainInOrder(body, ">Expert Working Group on Maritime Security</a></h2>", "<p class=\"bodies\">", $"<a href=\"/organisation/{database.ForumId}\">Bay of Bengal Defence Ministers&#x27; Forum</a>");
    }

    [Fact]
    public async Task The_pair_timeline_shows_a_deal_of_a_company_of_one_nation_and_its_page_the_exact_terms()
    {
        // Fjordvakt Defence is Norwegian: its contract with the Philippines is on the pair's timeline,
        // with the company and the navy as its bodies; the undated licensed production is listed last.
        var (_, pair) = await GetAsync("/pair/NO/PH");
        PageText.ShouldContainInOrder(pair, "2026-04-13", "Deal", ">shore-based anti-ship missile launchers</a></h2>", "<p class=\"bodies\">", ">Fjordvakt Defence</a>", ">Philippine Navy</a>");

        var (status, deal) = await GetAsync(await LinkAsync("/pair/NO/PH", "shore-based anti-ship missile launchers"));
        status.Should().Be(HttpStatusCode.OK);
        PageText.ShouldContainInOrder(
            deal,
            "<h1>shore-based anti-ship missile launchers</h1>",
            "<dt>Kind</dt>", "<dd>sale</dd>",
            "<dt>Supplier</dt>", "<dd>Fjordvakt Defence</dd>",
            "<dt>Recipient</dt>", "<dd>Philippines</dd>",
            "<dt>Quantity</dt>", "<dd>12 launchers</dd>",
            "<dt>Value</dt>", "<dd>about 410,000,000 EUR</dd>",
            "<dt>Signed</dt>", "<dd>2026-04-13</dd>",
            "The Philippine Navy will receive twelve shore-based anti-ship missile launchers");
    }

    [Fact]
    public async Task The_pair_timeline_shows_each_dated_step_of_an_agreements_legal_life_and_its_page_lists_them()
    {
        var (_, pair) = await GetAsync("/pair/ID/CL");
        PageText.ShouldContainInOrder(
            pair,
            "2026-05-06", ">defence cooperation</a>", "2026-05-06", ">defence cooperation: signed</a>",
            "2026-11-18", ">defence cooperation: ratified by Indonesia (House of Representatives)</a>", "Indonesia&#x27;s House of Representatives ratified the pact on November 18, 2026",
            "2027-01-12", ">defence cooperation: ratified by Chile (National Congress)</a>",
            "2027-02-01", ">defence cooperation: entered into force</a>");

        // The pact's own step links to its page (the 2019 memorandum it is concluded under is on "defence cooperation" too).
        var (_, pact) = await GetAsync(await LinkAsync("/pair/ID/CL", "defence cooperation: entered into force"));
        PageText.ShouldContainInOrder(pact, "<dt>Status</dt>", "<dd>in force</dd>", "<dt>In force</dt>", "<dd>2027-02-01</dd>", "<dt>Legal life</dt>", "signed, 2026-05-06; ratified by Indonesia (House of Representatives), 2026-11-18",
            "<dt>Under the framework agreement</dt>", "<dd>defence cooperation</dd>", "<dt>Implements the policy</dt>", "<dd>Global Maritime Fulcrum</dd>",
            "Engagements that dealt with it", "reviewed at the pact&#x27;s implementation (2027-02-01)");
    }

    [Fact]
    public async Task A_meeting_and_an_exercise_show_where_they_took_place()
    {
        var (_, meeting) = await GetAsync(await LinkAsync("/pair/PH/JP", "maritime domain awareness"));
        PageText.ShouldContainInOrder(meeting, "<dt>Place</dt>", "<dd>Manila, Philippines</dd>");

        var (_, exercise) = await GetAsync(await LinkAsync("/pair/PH/JP", "Sea Shield"));
        PageText.ShouldContainInOrder(exercise, "<dt>Places</dt>", "<dd>Verde Island Passage (area); Batangas, Philippines (area); Calatagan Naval Station, Philippines (base)</dd>");
    }

    /// <summary>
    /// The address of the link named <paramref name="text"/> on the page at <paramref name="url"/>,
    /// followed once more to the link named <paramref name="then"/> when given: the tests reach pages
    /// as a reader does, without knowing ids.
    /// </summary>
    private async Task<string> LinkAsync(string url, string text, string? then = null)
    {
        var (_, body) = await GetAsync(url);
        var at = body.IndexOf($">{text}</a>", StringComparison.Ordinal);
        at.Should().BeGreaterThan(0, "the page links \"{0}\"", text);
        var href = body.LastIndexOf("href=\"", at, StringComparison.Ordinal) + 6;
        var link = body[href..body.IndexOf('"', href)];
        return then is null ? link : await LinkAsync(link, then);
    }
}
