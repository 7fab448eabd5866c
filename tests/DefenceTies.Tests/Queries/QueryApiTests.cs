using DefenceTies.Model;
using DefenceTies.Querying;
using DefenceTies.Seeding;
using DefenceTies.Seeding.Reports;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Queries;

/// <summary>
/// The query API (DefenceTies.Querying) on every database kind: the report's answers, planted rows
/// that each filter must leave out, and ToQueryString to prove each query translates to SQL whole.
/// </summary>
public class QueryApiTests
{
    private const string ReportKey = IndiaThailandCoProductionReport.DocumentKey;

    private static readonly PartialDate ReportPublished = PartialDate.FromYearMonthDay(2024, 12, 13);

    private static readonly PartialDate Talks = PartialDate.FromYearMonthDay(2024, 12, 12);

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Agreements_between_India_and_Thailand_are_the_MoU_and_the_decision(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var query = db.Agreements.Between("IN", "TH").OrderBy(a => a.ConcludedOn).Select(a => new { a.Kind, a.ConcludedOn });
        query.ToQueryString().Should().Contain("alpha2_code");

        (await query.ToListAsync()).Should().Equal(
            new { Kind = AgreementKind.MemorandumOfUnderstanding, ConcludedOn = (PartialDate?)PartialDate.FromYear(2012) },
            new { Kind = AgreementKind.DecisionToEstablish, ConcludedOn = (PartialDate?)Talks });
        (await db.Agreements.Between("th", "in").CountAsync()).Should().Be(2, "codes are case-insensitive and order does not matter");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Agreements_between_leave_out_those_without_both_nations(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await PlantedFacts.AddAsync(database, p =>
        {
            var vietnam = p.VietNam;
            p.AddAgreement("India-Viet Nam accord", PartialDate.FromYear(2016), AgreementStatus.Signed, p.India, vietnam);
            p.AddAgreement("Three-nation accord", PartialDate.FromYear(2018), AgreementStatus.Signed, p.India, p.Thailand, vietnam);
        });
        await using var db = database.CreateContext();

        (await db.Agreements.Between("IN", "TH").OrderBy(a => a.ConcludedOn).Select(a => a.Title ?? a.Subject).ToListAsync()).Should().Equal(
            "defence cooperation",
            "Three-nation accord",
            "establish a joint working group");
        (await db.Agreements.Between("TH", "VN").Select(a => a.Title).ToListAsync()).Should().Equal("Three-nation accord");
        (await db.Agreements.Between("IN", "FR").CountAsync()).Should().Be(0);
    }

    [Fact]
    public void Nation_codes_are_checked_before_any_query_runs()
    {
        var agreements = Array.Empty<Agreement>().AsQueryable();

        agreements.Invoking(a => a.Between("IN", "in")).Should().Throw<ArgumentException>().WithParameterName("otherNation");
        agreements.Invoking(a => a.Between("IND", "TH")).Should().Throw<ArgumentException>().WithParameterName("nation");
        Array.Empty<MilitaryExercise>().AsQueryable().Invoking(x => x.Involving("1N")).Should().Throw<ArgumentException>();
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task In_force_on_a_date_follows_the_partial_dates_of_the_report(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var onNewYear2013 = db.Agreements.InForceOn(new DateOnly(2013, 1, 1)).Select(a => a.Kind);
        onNewYear2013.ToQueryString().Should().Contain("concluded_on");

        (await onNewYear2013.ToListAsync()).Should().Equal(AgreementKind.MemorandumOfUnderstanding);
        (await db.Agreements.InForceOn(new DateOnly(2012, 1, 1)).Select(a => a.Kind).ToListAsync())
            .Should().Equal([AgreementKind.MemorandumOfUnderstanding], "'signed in 2012' counts from 2012's first day");
        (await db.Agreements.InForceOn(new DateOnly(2011, 12, 31)).CountAsync()).Should().Be(0);
        (await db.Agreements.InForceOn(new DateOnly(2024, 12, 11)).CountAsync()).Should().Be(1);
        (await db.Agreements.InForceOn(new DateOnly(2024, 12, 12)).CountAsync()).Should().Be(2);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task In_force_on_a_date_leaves_out_ended_undated_and_not_yet_effective_agreements(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await PlantedFacts.AddAsync(database, p =>
        {
            p.AddAgreement("ended 2020", PartialDate.FromYear(2014), AgreementStatus.Ended, null, PartialDate.FromYear(2020), p.India, p.Thailand);
            p.AddAgreement("ended, date unknown", PartialDate.FromYear(2014), AgreementStatus.Ended, p.India, p.Thailand);
            p.AddAgreement("undated", null, AgreementStatus.InForce, p.India, p.Thailand);
            p.AddAgreement("effective 2016-07", PartialDate.FromYear(2014), AgreementStatus.InForce, PartialDate.FromYearMonth(2016, 7), null, p.India, p.Thailand);
        });
        await using var db = database.CreateContext();

        async Task<List<string>> InForce(int year, int month, int day) =>
            await db.Agreements.Between("IN", "TH").InForceOn(new DateOnly(year, month, day)).Select(a => a.Title ?? a.Subject).OrderBy(t => t).ToListAsync();

        (await InForce(2016, 6, 30)).Should().Equal("defence cooperation", "ended 2020");
        (await InForce(2016, 7, 1)).Should().Equal("defence cooperation", "effective 2016-07", "ended 2020");
        (await InForce(2020, 1, 1)).Should().Equal("defence cooperation", "effective 2016-07");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Delegations_with_their_leaders_posts_and_evidence(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var query = db.Delegations.WithLeaders().Where(l => l.HeldOn == Talks).OrderBy(l => l.NationCode);
        query.ToQueryString().Should().NotBeNullOrEmpty();
        var leaders = await query.ToListAsync();

        leaders.Should().HaveCount(2);
        leaders[0].Should().BeEquivalentTo(new
        {
            NationCode = "IN",
            NationName = "India",
            LeaderName = "Amitabh Prasad",
            LeaderRank = (string?)null,
            PostTitle = "Joint Secretary (International Cooperation)",
            HeldOn = Talks,
            CitationPassage = "The Indian delegation was led by the Defence Ministry's Joint Secretary (International Cooperation) Amitabh Prasad",
            SourceDocumentKey = ReportKey,
            SourceDocumentTitle = (string?)null,
            SourceDocumentPublishedOn = ReportPublished,
        }, o => o.ExcludingMissingMembers());
        leaders[1].Should().BeEquivalentTo(new
        {
            NationCode = "TH",
            LeaderName = "Tharapong Malakam",
            LeaderRank = "Gen",
            PostTitle = "Deputy Permanent Secretary for Defence",
            CitationPassage = "the Thai side was headed by Deputy Permanent Secretary for Defence Gen Tharapong Malakam",
            SourceDocumentKey = ReportKey,
        }, o => o.ExcludingMissingMembers());

        // The citation id is the leader's member row's, the passage the app shows is that citation's.
        var memberCitations = await db.DelegationMembers.Where(m => m.Role == DelegationRole.Leader)
            .OrderBy(m => m.Delegation.Nation.Alpha2Code)
            .Select(m => new { m.CitationId, m.Citation.Passage })
            .ToListAsync();
        leaders.Select(l => new { l.CitationId, Passage = l.CitationPassage }).Should().Equal(memberCitations);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_delegation_without_a_recorded_leader_is_listed_with_no_leader(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await PlantedFacts.AddAsync(database, p =>
        {
            var visit = p.Add(new Engagement(EngagementKind.Visit, "a planted visit", PartialDate.FromYearMonth(2023, 3), p.Citation));
            var delegation = visit.AddDelegation(p.Thailand, p.Citation);
            delegation.AddMember(p.Add(new Person("A Planted Member", p.Citation)), DelegationRole.Member, p.Citation);
        });
        await using var db = database.CreateContext();

        var leaders = await db.Delegations.WithLeaders().Where(l => l.NationCode == "TH").OrderBy(l => l.HeldOn).ToListAsync();

        leaders.Select(l => l.LeaderName).Should().Equal(null, "Tharapong Malakam");
        leaders[0].Should().BeEquivalentTo(new
        {
            EngagementSubject = "a planted visit",
            PostTitle = (string?)null,
            CitationPassage = "Facts planted by a test.",
            SourceDocumentKey = PlantedFacts.DocumentKey,
            SourceDocumentPublishedOn = PartialDate.FromYear(2025),
        }, o => o.ExcludingMissingMembers());
        leaders[0].CitationId.Should().Be(await db.Delegations.Where(d => d.Id == leaders[0].DelegationId).Select(d => d.CitationId).SingleAsync(), "with no leader, the delegation's own citation is the evidence");
        leaders[1].SourceDocumentKey.Should().Be(ReportKey);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Officials_by_the_title_of_their_post(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await PlantedFacts.AddAsync(database, p =>
        {
            var envoy = p.Db.Posts.Local.Single(x => x.Title == "Ambassador to Thailand");
            var singh = p.Db.People.Local.Single(x => x.Name == "Nagesh Singh");
            p.Add(new PostHolding(singh, envoy, p.Citation, PartialDate.FromYear(2010), PartialDate.FromYear(2012)));
            var other = p.Add(new Post(p.Thailand, "Ambassador to India", p.Citation));
            p.Add(new PostHolding(p.Add(new Person("A Planted Envoy", p.Citation)), other, p.Citation));
        }, preload: db => db.PostHoldings.Include(h => h.Person).Include(h => h.Post).LoadAsync());
        await using var db = database.CreateContext();

        var query = db.PostHoldings.HoldersOf("Ambassador to Thailand").Select(x => x.Name);
        query.ToQueryString().Should().Contain("title");

        (await query.ToListAsync()).Should().Equal(["Nagesh Singh"], "a person holding the post twice is listed once");
        (await db.PostHoldings.HoldersOf("Joint Secretary (International Cooperation)").Select(x => x.Name).ToListAsync()).Should().Equal("Amitabh Prasad");
        (await db.PostHoldings.HoldersOf("Ambassador to India").Select(x => x.Name).ToListAsync()).Should().Equal("A Planted Envoy");
        (await db.PostHoldings.OfPostTitled("Ambassador to Thailand").CountAsync()).Should().Be(2);
        (await db.PostHoldings.HoldersOf("ambassador to thailand").CountAsync()).Should().Be(0, "titles match exactly");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Working_groups_by_focus_area(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await PlantedFacts.AddAsync(database, p =>
        {
            var area = p.Db.CooperationAreas.Local.Single(a => a.Name == "joint exercises");
            p.Add(new WorkingGroup("A planted group", "a planted mandate", WorkingGroupStatus.Planned, p.Citation)).AddFocusArea(area, p.Citation);
        }, preload: db => db.CooperationAreas.LoadAsync());
        await using var db = database.CreateContext();

        var query = db.WorkingGroups.WithFocusArea("co-production").Select(g => g.Mandate);
        query.ToQueryString().Should().NotBeNullOrEmpty();

        (await query.ToListAsync()).Should().Equal("effectively steering this initiative");
        (await db.WorkingGroups.WithFocusArea("co-development").CountAsync()).Should().Be(1);
        (await db.WorkingGroups.WithFocusArea("joint exercises").Select(g => g.Name).ToListAsync()).Should().Equal("A planted group");
        (await db.WorkingGroups.WithFocusArea("technology transfer").CountAsync()).Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Exercises_by_nation_and_by_service(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await PlantedFacts.AddAsync(database, p =>
        {
            var vietnam = p.VietNam;
            var indianNavy = p.Add(new Organisation(p.India, "Indian Navy", OrganisationKind.Navy, p.Citation));
            var exercise = p.Add(new ExerciseSeries("A planted naval exercise", p.Citation)).AddEdition(p.Citation, PartialDate.FromYear(2022));
            exercise.AddParticipant(p.India, p.Citation, indianNavy);
            exercise.AddParticipant(vietnam, p.Citation);
        });
        await using var db = database.CreateContext();

        var query = db.MilitaryExercises.Involving("TH").Select(x => x.Series.Name);
        query.ToQueryString().Should().NotBeNullOrEmpty();

        (await query.ToListAsync()).Should().Equal("MAITREE");
        (await db.MilitaryExercises.Involving("IN").OrderBy(x => x.Series.Name).Select(x => x.Series.Name).ToListAsync()).Should().Equal("A planted naval exercise", "MAITREE");
        (await db.MilitaryExercises.Involving("vn").Select(x => x.Series.Name).ToListAsync()).Should().Equal("A planted naval exercise");
        (await db.MilitaryExercises.InvolvingService(OrganisationKind.Army).Select(x => x.Series.Name).ToListAsync()).Should().Equal("MAITREE");
        (await db.MilitaryExercises.InvolvingService(OrganisationKind.Navy).Select(x => x.Series.Name).ToListAsync()).Should().Equal("A planted naval exercise");
        (await db.MilitaryExercises.InvolvingService("Indian Navy").Select(x => x.Series.Name).ToListAsync()).Should().Equal("A planted naval exercise");
        (await db.MilitaryExercises.InvolvingService("Thai Army").CountAsync()).Should().Be(0, "the report names neither army");
        (await db.MilitaryExercises.InvolvingService(OrganisationKind.AirForce).CountAsync()).Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Policies_that_complement_a_policy_with_the_links_own_evidence(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await PlantedFacts.AddAsync(database, p =>
        {
            var actEast = p.Db.Policies.Local.Single(x => x.Name == "Act East");
            var actWest = p.Db.Policies.Local.Single(x => x.Name == "Act West");
            var other = p.Add(new Policy(p.India, "A planted policy", p.Citation));
            p.Add(new PolicyLink(other, PolicyLinkKind.PartOf, actEast, p.Citation));
            p.Add(new PolicyLink(p.Add(new Policy(p.Thailand, "Act East", p.Citation)), PolicyLinkKind.Complements, other, p.Citation));

            // Act West itself cites the report; this link cites the planted document.
            p.Add(new PolicyLink(actWest, PolicyLinkKind.Complements, other, p.Citation));
        }, preload: db => db.Policies.LoadAsync());
        await using var db = database.CreateContext();

        var query = db.PolicyLinks.Complementing("Act East", "IN");
        query.ToQueryString().Should().Contain("policy_links");
        var links = await query.ToListAsync();

        links.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Kind = PolicyLinkKind.Complements,
            FromPolicyName = "Act West",
            FromNationCode = "TH",
            FromNationName = "Thailand",
            ToPolicyName = "Act East",
            ToNationCode = "IN",
            ToNationName = "India",
            CitationPassage = "Thailand's 'Act West' policy compliments India's 'Act East' policy providing a basis for substantive elevation of bilateral relations",
            SourceDocumentKey = ReportKey,
            SourceDocumentTitle = (string?)null,
            SourceDocumentPublishedOn = ReportPublished,
        }, o => o.ExcludingMissingMembers());
        var stored = await db.PolicyLinks.Where(l => l.Id == links[0].LinkId).Select(l => new { l.FromPolicyId, l.ToPolicyId, l.CitationId }).SingleAsync();
        links[0].Should().BeEquivalentTo(stored, o => o.ExcludingMissingMembers());

        (await db.PolicyLinks.Complementing("Act East").Select(x => x.FromPolicyName).ToListAsync()).Should().Equal(["Act West"], "a PartOf link is not a complement");
        (await db.PolicyLinks.Complementing("Act East", "TH").CountAsync()).Should().Be(0);
        (await db.PolicyLinks.Complementing("Act West").CountAsync()).Should().Be(0, "links are directed as the source states them");

        var toPlanted = await db.PolicyLinks.Complementing("A planted policy").OrderBy(x => x.FromPolicyName).ToListAsync();
        toPlanted.Select(x => (x.FromPolicyName, x.FromNationCode)).Should().Equal(("Act East", "TH"), ("Act West", "TH"));
        toPlanted[1].Should().BeEquivalentTo(
            new { CitationPassage = "Facts planted by a test.", SourceDocumentKey = PlantedFacts.DocumentKey },
            o => o.ExcludingMissingMembers(),
            "the evidence is the link's own citation, not that of the policy it starts from");
        toPlanted[1].CitationId.Should().NotBe(await db.Policies.Where(x => x.Name == "Act West").Select(x => x.CitationId).SingleAsync());
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Names_match_exactly_codes_in_any_case_and_upper_casing_both_sides_matches_names_in_any_case(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        // Codes are upper-cased before matching.
        (await db.Agreements.Between("in", "Th").CountAsync()).Should().Be(2);
        (await db.Engagements.Between("iN", "th").CountAsync()).Should().Be(1);
        (await db.MilitaryExercises.Involving("th").Select(x => x.Series.Name).ToListAsync()).Should().Equal("MAITREE");

        // Names and titles match exactly.
        (await db.SecurityIssues.InRegion("bay of bengal").CountAsync()).Should().Be(0);
        (await db.MilitaryExercises.InvolvingService("THAI ARMY").CountAsync()).Should().Be(0);
        (await db.WorkingGroups.WithFocusArea("Co-Production").CountAsync()).Should().Be(0);
        (await db.PolicyLinks.Complementing("act east").CountAsync()).Should().Be(0);
        (await db.People.CitingSource(ReportKey.ToUpperInvariant()).CountAsync()).Should().Be(0);

        // The documented way to ignore case: upper-case both sides. On the column, ToUpper() becomes
        // upper() in SQL on both providers (ToUpperInvariant() does not translate); a value is
        // upper-cased in .NET with ToUpperInvariant() before the query runs. The culture and
        // comparison analyzers (CA1304, CA1311, CA1862) speak of .NET string calls; these calls run in
        // SQL, and the StringComparison overload CA1862 suggests does not translate.
#pragma warning disable CA1304, CA1311, CA1862
        var region = "bay of Bengal".ToUpperInvariant();
        var issues = db.SecurityIssues.Where(i => i.Regions.Any(r => r.Region.Name.ToUpper() == region)).OrderBy(i => i.Name).Select(i => i.Name);
        issues.ToQueryString().Should().ContainEquivalentOf("upper(");
        (await issues.ToListAsync()).Should().Equal("human trafficking", "unregulated fishing");

        var title = "ambassador to thailand";
        (await db.PostHoldings.Where(h => h.Post.Title.ToUpper() == title.ToUpperInvariant()).Select(h => h.Person.Name).ToListAsync()).Should().Equal("Nagesh Singh");
        (await db.MilitaryExercises.Where(x => x.Participants.Any(p => p.Service != null && p.Service.Name == null && p.Service.Kind == OrganisationKind.Army && p.Service.Nation!.Name.ToUpper() == "THAILAND")).Select(x => x.Series.Name).ToListAsync()).Should().Equal("MAITREE");
        (await db.WorkingGroups.Where(g => g.FocusAreas.Any(f => f.CooperationArea.Name.ToUpper() == "CO-PRODUCTION")).CountAsync()).Should().Be(1);
        (await db.PolicyLinks.Where(l => l.Kind == PolicyLinkKind.Complements && l.To.Name.ToUpper() == "ACT EAST").Select(l => l.From.Name).ToListAsync()).Should().Equal("Act West");
#pragma warning restore CA1304, CA1311, CA1862
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_built_in_reports_document_is_found_by_its_static_key(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var document = await db.SourceDocuments.SingleAsync(d => d.Key == IndiaThailandCoProductionReport.DocumentKey);

        document.PublishedOn.Should().Be(ReportPublished);
        ((IDefenceTiesSeed)new IndiaThailandCoProductionReport()).DocumentKey.Should().Be(IndiaThailandCoProductionReport.DocumentKey);
        IndiaThailandCoProductionReport.FileName.Should().Be(IndiaThailandCoProductionReport.DocumentKey + ".txt");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_query_with_the_default_date_fails_saying_why_instead_of_matching_nothing(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        PartialDate none = default;

        var act = () => db.Engagements.Where(e => e.HeldOn == none).ToListAsync();

        (await act.Should().ThrowAsync<ArgumentException>()).WithMessage("default(PartialDate) is not a date*");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Security_issues_in_a_region(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await PlantedFacts.AddAsync(database, p =>
        {
            var andaman = p.Add(new Region("Andaman Sea", RegionKind.MaritimeArea, p.Citation));
            p.Add(new SecurityIssue("piracy", p.Citation)).LocateIn(andaman, p.Citation);
        });
        await using var db = database.CreateContext();

        var query = db.SecurityIssues.InRegion("Bay of Bengal").OrderBy(i => i.Name).Select(i => i.Name);
        query.ToQueryString().Should().NotBeNullOrEmpty();

        (await query.ToListAsync()).Should().Equal("human trafficking", "unregulated fishing");
        (await db.SecurityIssues.InRegion("Andaman Sea").Select(i => i.Name).ToListAsync()).Should().Equal("piracy");
        (await db.SecurityIssues.InRegion("Indo-Pacific").CountAsync()).Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Facts_citing_a_source(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await PlantedFacts.AddAsync(database, p => p.Add(new Person("A Planted Person", p.Citation)));
        await using var db = database.CreateContext();

        var query = db.People.CitingSource(ReportKey).OrderBy(x => x.Name).Select(x => x.Name);
        query.ToQueryString().Should().Contain("key");

        (await query.ToListAsync()).Should().Equal("Amitabh Prasad", "Nagesh Singh", "Tharapong Malakam");
        (await db.People.CitingSource(PlantedFacts.DocumentKey).Select(x => x.Name).ToListAsync()).Should().Equal("A Planted Person");
        (await db.Agreements.CitingSource(ReportKey).CountAsync()).Should().Be(2);
        (await db.Nations.CitingSource(PlantedFacts.DocumentKey).CountAsync()).Should().Be(0);
        (await db.Agreements.CitingSource("no such document").CountAsync()).Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_timeline_of_India_and_Thailand(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var query = db.RelationshipTimeline("TH", "IN");
        query.ToQueryString().Should().Contain("UNION ALL");
        var timeline = await query.ToListAsync();

        timeline.Select(t => (t.Date, t.Kind)).Should().Equal(
            (PartialDate.FromYear(2012), TimelineEntryKind.Agreement),
            (Talks, TimelineEntryKind.Engagement),
            (Talks, TimelineEntryKind.Agreement),
            ((PartialDate?)null, TimelineEntryKind.Exercise));
        timeline.Select(t => t.Title).Should().Equal(
            "defence cooperation",
            "co-production of military hardware",
            "establish a joint working group",
            "MAITREE");
        timeline[0].CitationPassage.Should().StartWith("A memorandum of understanding (MoU) on defence cooperation was signed in 2012");
        timeline[3].CitationPassage.Should().Be("This includes the recent MAITREE exercise involving both armies.");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_timeline_leaves_out_other_nations_events_and_composes(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await PlantedFacts.AddAsync(database, p =>
        {
            var vietnam = p.VietNam;
            p.AddAgreement("India-Viet Nam accord", PartialDate.FromYear(2016), AgreementStatus.Signed, p.India, vietnam);
            var alone = p.Add(new Engagement(EngagementKind.Visit, "a planted Indian visit to Viet Nam", PartialDate.FromYear(2019), p.Citation));
            alone.AddDelegation(p.India, p.Citation);
            alone.AddDelegation(vietnam, p.Citation);
            var drill = p.Add(new ExerciseSeries("A planted drill", p.Citation)).AddEdition(p.Citation, PartialDate.FromYearMonth(2019, 5));
            drill.AddParticipant(p.India, p.Citation);
            drill.AddParticipant(p.Thailand, p.Citation);
        });
        await using var db = database.CreateContext();

        (await db.RelationshipTimeline("IN", "TH").Select(t => t.Title).ToListAsync()).Should().Equal(
            "defence cooperation",
            "A planted drill",
            "co-production of military hardware",
            "establish a joint working group",
            "MAITREE");
        (await db.RelationshipTimeline("IN", "VN").Select(t => t.Title).ToListAsync()).Should().Equal("India-Viet Nam accord", "a planted Indian visit to Viet Nam");
        (await db.RelationshipTimeline("IN", "TH").Where(t => t.Kind == TimelineEntryKind.Exercise && t.Date != null).Select(t => t.Date).ToListAsync())
            .Should().Equal(PartialDate.FromYearMonth(2019, 5));
    }
}
