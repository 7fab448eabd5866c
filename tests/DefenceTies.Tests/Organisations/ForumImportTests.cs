using DefenceTies.FactPacks;
using DefenceTies.Model;
using DefenceTies.Querying;
using DefenceTies.Tests.FactPacks;
using DefenceTies.Tests.Infrastructure;
using DefenceTies.Verification;
using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace DefenceTies.Tests.Organisations;

/// <summary>
/// Issue 25, points 1 and 3: a forum that belongs to no nation, its members with their roles and
/// terms, its own post, its meeting (the forum met, Bangladesh hosting, the Maldives observing), an
/// MoU to which it is a party, and an expert working group of it co-chaired by two nations for a
/// cycle, read back through the query API after importing two made-up reports.
/// </summary>
public class ForumImportTests
{
    private const string Forum = "Bay of Bengal Defence Ministers' Forum";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_forum_its_members_roles_post_meeting_agreement_and_working_group_are_stored_and_queried(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using (var db = database.CreateContext())
        {
            var forum = await db.ImportFactPackAsync(await Load("test-bay-of-bengal-forum-2025.json"));
            forum.Counts.Should().ContainEquivalentOf(new FactPackImportCount(nameof(OrganisationMembership), 7, 0))
                .And.ContainEquivalentOf(new FactPackImportCount(nameof(EngagementParticipant), 3, 0))
                .And.ContainEquivalentOf(new FactPackImportCount(nameof(AgreementOrganisationParty), 1, 0));
            var second = await db.ImportFactPackAsync(await Load("test-bay-of-bengal-working-group.json"));
            second.Counts.Should().ContainEquivalentOf(new FactPackImportCount(nameof(Organisation), 1, 1), "the forum is the one the first report named; the Indian Navy is new");
        }

        await using var check = database.CreateContext();
        var body = await check.Organisations.SingleAsync(o => o.Name == Forum);
        body.Nation.Should().BeNull();
        body.NationId.Should().BeNull();
        body.Kind.Should().Be(OrganisationKind.Forum);

        // Members of the forum on a date, with their roles: the 2025 chair is Bangladesh, and
        // Thailand's chair begins only in 2026.
        (await check.OrganisationMemberships.InBody(Forum).On(new DateOnly(2025, 6, 1)).Where(m => m.Role == ParticipationRole.Member)
            .Select(m => m.MemberNation!.Alpha2Code).OrderBy(c => c).ToListAsync()).Should().Equal("BD", "IN", "LK", "MM", "TH");
        (await check.OrganisationMemberships.InBody(Forum).On(new DateOnly(2025, 12, 31)).Where(m => m.Role == ParticipationRole.Chair)
            .Select(m => m.MemberNation!.Alpha2Code).ToListAsync()).Should().Equal(["BD"], "a term ending in 2025 covers the whole year");
        (await check.OrganisationMemberships.InBody(Forum).On(new DateOnly(2026, 1, 1)).Where(m => m.Role == ParticipationRole.Chair)
            .Select(m => m.MemberNation!.Alpha2Code).ToListAsync()).Should().Equal("TH");
        (await check.OrganisationMemberships.InBody(Forum).On(new DateOnly(2021, 12, 31))
            .Select(m => m.MemberNation!.Alpha2Code).OrderBy(c => c).ToListAsync()).Should().Equal(["BD", "IN", "LK", "TH"], "Myanmar joined in 2022");

        // The bodies a nation belongs to.
        (await check.OrganisationMemberships.OfNation("mm").Select(m => new { m.Organisation.Name, m.StartedOn }).SingleAsync())
            .Should().BeEquivalentTo(new { Name = Forum, StartedOn = (PartialDate?)PartialDate.FromYear(2022) });

        // The forum's own post, held by its secretary-general: no nation, keyed by the forum.
        var post = await check.PostHoldings.Where(h => h.Post.Organisation!.Name == Forum)
            .Select(h => new { h.Person.Name, h.Post.Title, h.Post.NationId }).SingleAsync();
        post.Should().BeEquivalentTo(new { Name = "Anura Wickramasinghe", Title = "Secretary-General", NationId = (int?)null });

        // The meeting: the forum met (as the counterpart), Bangladesh hosted, the Maldives observed.
        var participants = await check.EngagementParticipants.Where(p => p.Engagement.HeldOn == PartialDate.FromYearMonthDay(2025, 3, 13))
            .Select(p => new { Body = p.Organisation == null ? null : p.Organisation.Name, Nation = p.Nation == null ? null : p.Nation.Alpha2Code, p.Role })
            .ToListAsync();
        participants.Should().BeEquivalentTo(new[]
        {
            new { Body = (string?)Forum, Nation = (string?)null, Role = ParticipationRole.Participant },
            new { Body = (string?)null, Nation = (string?)"BD", Role = ParticipationRole.Host },
            new { Body = (string?)null, Nation = (string?)"MV", Role = ParticipationRole.Observer },
        });

        // The MoU between the forum and Sri Lanka: two parties, one of them a body.
        var mou = await check.Agreements.Where(a => a.OrganisationParties.Any(p => p.Organisation.Name == Forum))
            .Select(a => new { Nations = a.Parties.Select(p => p.Nation.Alpha2Code).ToList(), Bodies = a.OrganisationParties.Select(p => p.Organisation.Name).ToList() })
            .SingleAsync();
        mou.Nations.Should().Equal("LK");
        mou.Bodies.Should().Equal(Forum);

        // The forum's expert working group, co-chaired by India and Thailand for 2024–2026.
        var group = await check.WorkingGroups.Where(g => g.Parent!.Name == Forum)
            .Select(g => new { g.Name, Members = g.Members.OrderBy(m => m.Nation.Alpha2Code).Select(m => new { m.Nation.Alpha2Code, m.Role, m.TermStartedOn, m.TermEndedOn }).ToList() })
            .SingleAsync();
        group.Name.Should().Be("Expert Working Group on Maritime Security");
        group.Members.Where(m => m.Role == ParticipationRole.CoChair).Select(m => (m.Alpha2Code, m.TermStartedOn, m.TermEndedOn))
            .Should().Equal(("IN", PartialDate.FromYear(2024), PartialDate.FromYear(2026)), ("TH", PartialDate.FromYear(2024), PartialDate.FromYear(2026)));
        group.Members.Where(m => m.Role == ParticipationRole.Member).Select(m => m.Alpha2Code).Should().Equal("BD", "LK", "MM");

        // The exercise's roles: India's navy hosted, Myanmar took part for the first time.
        (await check.ExerciseParticipants.Where(p => p.Exercise.Series.Name == "BAY SHIELD").OrderBy(p => p.Nation.Alpha2Code)
            .Select(p => new { p.Nation.Alpha2Code, p.Role }).ToListAsync())
            .Should().Equal(new { Alpha2Code = "IN", Role = ParticipationRole.Host }, new { Alpha2Code = "MM", Role = ParticipationRole.FirstTimeParticipant });

        (await SourceFidelityCheck.CheckAsync(check)).Should().BeEmpty();
        (await StoredDataCheck.CheckAsync(check)).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Importing_the_forum_reports_again_changes_nothing(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        foreach (var round in new[] { 1, 2 })
        {
            await using var db = database.CreateContext();
            foreach (var pack in new[] { "test-bay-of-bengal-working-group.json", "test-bay-of-bengal-forum-2025.json" })
            {
                var result = await db.ImportFactPackAsync(await Load(pack));
                result.AlreadyImported.Should().Be(round == 2, $"round {round} of {pack}");
            }
        }

        await using var check = database.CreateContext();
        (await check.Organisations.CountAsync(o => o.Name == Forum)).Should().Be(1, "the second report's forum merged onto the first's, by name, without a nation");
    }

    private static Task<FactPack> Load(string name) => FactPack.LoadAsync(FactPackImportTests.PackPath(name));
}
