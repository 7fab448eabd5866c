using DefenceTies.Model;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Queries;

/// <summary>
/// The report's questions, asked through LINQ on the context. Each query is also turned into SQL
/// with ToQueryString, which fails if any part would need evaluating on the client.
/// </summary>
public class ReportQuestionsTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Who_led_each_delegation_and_what_post_they_hold(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var query = db.DelegationMembers
            .Where(m => m.Role == DelegationRole.Leader && m.Delegation.Engagement.HeldOn == PartialDate.FromYearMonthDay(2024, 12, 12))
            .OrderBy(m => m.Delegation.Nation.Alpha2Code)
            .Select(m => new
            {
                Nation = m.Delegation.Nation.Alpha2Code,
                m.Person.Rank,
                m.Person.Name,
                Post = m.Capacity!.Title,
                Organisation = m.Capacity.Organisation == null ? null : m.Capacity.Organisation.Name,
                HeldPosts = db.PostHoldings.Where(h => h.PersonId == m.PersonId).Select(h => h.Post.Title).ToList(),
            });
        query.ToQueryString().Should().NotBeNullOrEmpty();
        var leaders = await query.ToListAsync();

        leaders.Should().HaveCount(2);
        leaders[0].Should().BeEquivalentTo(new { Nation = "IN", Rank = (string?)null, Name = "Amitabh Prasad", Post = "Joint Secretary (International Cooperation)", Organisation = (string?)"Defence Ministry" });
        leaders[0].HeldPosts.Should().Equal("Joint Secretary (International Cooperation)");
        leaders[1].Should().BeEquivalentTo(new { Nation = "TH", Rank = "Gen", Name = "Tharapong Malakam", Post = "Deputy Permanent Secretary for Defence", Organisation = (string?)null });
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task What_the_working_group_is_for(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var query = db.WorkingGroups.Select(g => new
        {
            g.Status,
            g.Mandate,
            Focus = g.FocusAreas.Select(f => f.CooperationArea.Name).OrderBy(n => n).ToList(),
            Members = g.Members.Select(m => m.Nation.Alpha2Code).OrderBy(c => c).ToList(),
            EstablishedOn = g.EstablishedBy!.ConcludedOn,
            EstablishedKind = g.EstablishedBy.Kind,
        });
        query.ToQueryString().Should().NotBeNullOrEmpty();
        var group = await query.SingleAsync();

        group.Status.Should().Be(WorkingGroupStatus.Planned);
        group.Mandate.Should().Be("effectively steering this initiative", "the mandate is the report's own words");
        group.Focus.Should().Equal("co-development", "co-production");
        group.Members.Should().Equal("IN", "TH");
        group.EstablishedOn.Should().Be(PartialDate.FromYearMonthDay(2024, 12, 12));
        group.EstablishedKind.Should().Be(AgreementKind.DecisionToEstablish);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Which_policy_complements_which(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var query = db.PolicyLinks
            .Where(l => l.Kind == PolicyLinkKind.Complements)
            .Select(l => new { From = l.From.Name, FromNation = l.From.Nation.Alpha2Code, To = l.To.Name, ToNation = l.To.Nation.Alpha2Code });
        query.ToQueryString().Should().NotBeNullOrEmpty();

        (await query.ToListAsync()).Should().BeEquivalentTo([new { From = "Act West", FromNation = "TH", To = "Act East", ToNation = "IN" }]);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Which_security_issues_lie_in_the_Bay_of_Bengal(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var query = db.SecurityIssues
            .Where(i => i.Regions.Any(r => r.Region.Name == "Bay of Bengal"))
            .OrderBy(i => i.Name)
            .Select(i => i.Name);
        query.ToQueryString().Should().NotBeNullOrEmpty();

        (await query.ToListAsync()).Should().Equal("human trafficking", "unregulated fishing");
        (await db.SecurityIssues.CountAsync(i => i.Regions.Any(r => r.Region.Name == "Indo-Pacific"))).Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task When_the_defence_MoU_was_signed_to_the_precision_stated(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var query = db.Agreements
            .Where(a => a.Kind == AgreementKind.MemorandumOfUnderstanding && a.Subject == "defence cooperation")
            .Select(a => new { a.ConcludedOn, a.Status, Parties = a.Parties.Select(p => p.Nation.Alpha2Code).OrderBy(c => c).ToList() });
        query.ToQueryString().Should().NotBeNullOrEmpty();
        var mou = await query.SingleAsync();

        mou.ConcludedOn.Should().Be(PartialDate.FromYear(2012));
        mou.ConcludedOn!.Value.Precision.Should().Be(DatePrecision.Year);
        mou.ConcludedOn.Value.Day.Should().BeNull();
        mou.Status.Should().Be(AgreementStatus.Signed);
        mou.Parties.Should().Equal("IN", "TH");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Partial_dates_sort_and_compare_in_sql(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var cutoff = PartialDate.FromYear(2013);

        var before2013 = db.Agreements.Where(a => a.ConcludedOn < cutoff).Select(a => a.Kind);
        var ordered = db.Agreements.OrderByDescending(a => a.ConcludedOn).Select(a => a.ConcludedOn);

        before2013.ToQueryString().Should().Contain("concluded_on");
        (await before2013.ToListAsync()).Should().Equal(AgreementKind.MemorandumOfUnderstanding);
        (await ordered.ToListAsync()).Should().Equal(PartialDate.FromYearMonthDay(2024, 12, 12), PartialDate.FromYear(2012));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Which_exercise_involved_both_armies(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var query = db.MilitaryExercises
            .Where(x => x.Participants.Count(p => p.Service != null && p.Service.Kind == OrganisationKind.Army) == 2
                        && x.Participants.Any(p => p.Nation.Alpha2Code == "IN")
                        && x.Participants.Any(p => p.Nation.Alpha2Code == "TH"))
            .Select(x => new { x.Series.Name, Armies = x.Participants.OrderBy(p => p.Nation.Alpha2Code).Select(p => new { p.Service!.Name, p.Service.Kind, Nation = p.Service.Nation!.Alpha2Code }).ToList() });
        query.ToQueryString().Should().NotBeNullOrEmpty();

        var exercise = await query.SingleAsync();
        exercise.Name.Should().Be("MAITREE");
        // "Both armies": two armies, one of each nation, which the report does not name.
        exercise.Armies.Should().BeEquivalentTo(
            [new { Name = (string?)null, Kind = OrganisationKind.Army, Nation = "IN" }, new { Name = (string?)null, Kind = OrganisationKind.Army, Nation = "TH" }],
            o => o.WithStrictOrdering());
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task What_cooperation_areas_exist_and_which_were_discussed(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var areas = await db.CooperationAreas.OrderBy(a => a.Name).Select(a => a.Name).ToListAsync();
        var discussed = await db.EngagementTopics
            .Where(t => t.Engagement.HeldOn == PartialDate.FromYearMonthDay(2024, 12, 12))
            .OrderBy(t => t.CooperationArea.Name)
            .Select(t => t.CooperationArea.Name)
            .ToListAsync();

        areas.Should().Equal(
            "co-development",
            "co-production",
            "joint exercises",
            "research and development",
            "strategic partnerships in defence production",
            "technology transfer");
        discussed.Should().Equal(
            "co-production",
            "joint exercises",
            "research and development",
            "strategic partnerships in defence production",
            "technology transfer");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task What_the_defence_ministry_said_verbatim(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var statements = await db.Statements
            .OrderBy(s => s.Form)
            .Select(s => new
            {
                s.Form,
                Speaker = s.SpeakerOrganisation != null ? s.SpeakerOrganisation.Name : s.SpeakerPerson!.Name,
                s.Content,
                s.Citation.Passage,
            })
            .ToListAsync();

        statements.Should().HaveCount(2);
        statements[0].Form.Should().Be(StatementForm.DirectQuotation);
        statements[0].Speaker.Should().Be("Defence Ministry");
        statements[0].Content.Should().StartWith("Thailand is a maritime neighbour");
        statements[0].Passage.Should().Contain(statements[0].Content).And.EndWith("the defence ministry said in a statement.");
        statements[1].Should().BeEquivalentTo(new { Form = StatementForm.ReportedSpeech, Speaker = "Nagesh Singh" }, o => o.ExcludingMissingMembers());
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task How_Thailand_stands_to_India(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var relations = await db.NationRelations
            .Where(r => r.Subject.Alpha2Code == "TH" && r.Counterpart.Alpha2Code == "IN")
            .OrderBy(r => r.Kind)
            .Select(r => new { r.Kind, Region = r.Region == null ? null : r.Region.Name })
            .ToListAsync();
        var actEastPartners = await db.PolicyPartners
            .Where(p => p.Policy.Name == "Act East" && p.Policy.Nation.Alpha2Code == "IN")
            .Select(p => p.Partner.Name)
            .ToListAsync();

        relations.Should().BeEquivalentTo(
            [
                new { Kind = NationRelationKind.MaritimeNeighbour, Region = (string?)null },
                new { Kind = NationRelationKind.SharedThreatPerception, Region = (string?)null },
                new { Kind = NationRelationKind.ValuedPartner, Region = (string?)"Indo-Pacific" },
                new { Kind = NationRelationKind.GrowingDefenceTies, Region = (string?)null },
                new { Kind = NationRelationKind.IncreasingExchanges, Region = (string?)null },
                new { Kind = NationRelationKind.DefenceRelationship, Region = (string?)null },
            ]);
        actEastPartners.Should().Equal("Thailand");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task What_India_aims_for(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var aims = await db.NationalAims.Where(a => a.Nation.Alpha3Code == "IND").OrderBy(a => a.Description).Select(a => a.Description).ToListAsync();
        var actEastAim = await db.Policies.Where(p => p.Name == "Act East").Select(p => p.Aim).SingleAsync();

        aims.Should().Equal(
            "enhance its domestic defence production capabilities while fostering international partnerships",
            "transition from being a major arms importer to a significant exporter of military hardware");
        actEastAim.Should().Be("strengthen ties with Southeast Asian nations");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task What_was_decided_at_the_talks_of_12_December_2024(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var query = db.Engagements
            .Where(e => e.HeldOn == PartialDate.FromYearMonthDay(2024, 12, 12))
            .Select(e => new
            {
                e.Kind,
                Delegations = e.Delegations.OrderBy(d => d.Nation.Alpha2Code).Select(d => d.Nation.Alpha2Code).ToList(),
                Decisions = db.Agreements.Where(a => a.EngagementId == e.Id).Select(a => a.Kind).ToList(),
                Groups = db.WorkingGroups.Where(g => g.EstablishedBy!.EngagementId == e.Id).Select(g => new { g.Name, g.Mandate }).ToList(),
                e.Citation.Support,
                e.Citation.Note,
            });
        query.ToQueryString().Should().NotBeNullOrEmpty();
        var talks = await query.SingleAsync();

        talks.Kind.Should().Be(EngagementKind.Talks);
        talks.Delegations.Should().Equal("IN", "TH");
        talks.Decisions.Should().Equal(AgreementKind.DecisionToEstablish);
        talks.Groups.Should().ContainSingle().Which.Should().Be(new { Name = (string?)null, Mandate = "effectively steering this initiative" }, "the report names no working group");
        talks.Support.Should().Be(SupportKind.Implied, "the report dates the agreement, not a meeting");
        talks.Note.Should().Contain("not a statement");
    }
}
