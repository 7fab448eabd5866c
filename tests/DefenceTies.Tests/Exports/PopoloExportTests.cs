using System.Text.Json;
using DefenceTies.Exports;
using DefenceTies.Model;
using DefenceTies.Tests.Exports.Conformance;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Exports;

/// <summary>
/// The Popolo export of the seeded database, read back: valid against Popolo's JSON Schemas
/// (restated for 2020-12, formats checked) and the specification's rules on references
/// (<see cref="PopoloRules"/>), filtered or not, and each collection equal to what the database holds.
/// </summary>
public class PopoloExportTests
{
    private static readonly string[] WordProperties = ["classification", "status"];

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_document_is_valid_Popolo_and_its_references_resolve(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var (text, records) = await Exported.RunAsync(db, ExportFormat.Popolo);
        var root = JsonDocument.Parse(text).RootElement;

        PopoloRules.Problems(root).Should().BeEmpty();
        var collections = new[] { "persons", "organizations", "posts", "memberships", "events" };
        collections.Sum(c => root.GetProperty(c).GetArrayLength()).Should().Be((int)records);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_filtered_document_names_only_what_it_holds(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        foreach (var filter in new[]
        {
            new ExportFilter { Nations = ["TH"] },
            new ExportFilter { Nations = ["IN"] },
            new ExportFilter { From = PartialDate.FromYear(2013), To = PartialDate.FromYear(2020) },
            new ExportFilter { Nations = ["TH"], From = PartialDate.FromYear(2025) },
        })
        {
            var root = JsonDocument.Parse((await Exported.RunAsync(db, ExportFormat.Popolo, filter)).Text).RootElement;
            PopoloRules.Problems(root).Should().BeEmpty($"nations {string.Join(",", filter.Nations)}, from {filter.From}, to {filter.To}");
        }
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_delegation_seat_is_a_membership_of_the_nation_holding_the_capacity_post_only_when_the_post_sits_in_the_nation(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var root = JsonDocument.Parse((await Exported.RunAsync(db, ExportFormat.Popolo)).Text).RootElement;

        var seats = await db.DelegationMembers.Select(m => new
        {
            Id = "delegation-member-" + m.Id,
            Nation = "nation-" + m.Delegation.Nation.Alpha3Code,
            PostId = m.CapacityPostId,
            PostTitle = m.Capacity == null ? null : m.Capacity.Title,
            InABody = m.Capacity != null && m.Capacity.OrganisationId != null,
        }).ToListAsync();
        seats.Should().Contain(s => s.InABody, "the seed has a delegation member in the capacity of a ministry's post");
        var memberships = root.GetProperty("memberships").EnumerateArray().ToDictionary(m => m.GetProperty("id").GetString()!);
        foreach (var seat in seats)
        {
            var membership = memberships[seat.Id];
            membership.GetProperty("organization_id").GetString().Should().Be(seat.Nation);
            var postId = membership.TryGetProperty("post_id", out var p) ? p.GetString() : null;
            postId.Should().Be(seat.PostId is { } post && !seat.InABody ? $"post-{post}" : null);
            if (seat.PostTitle is { } title)
            {
                membership.GetProperty("label").GetString().Should().EndWith($", in the capacity of {title}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Statuses_and_kinds_are_the_lower_case_words_every_format_writes(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var root = JsonDocument.Parse((await Exported.RunAsync(db, ExportFormat.Popolo)).Text).RootElement;

        // "MemorandumOfUnderstanding" → "memorandum of understanding", as FollowTheMoneyExport.Words spells it for every format.
        static string Words(object value) => string.Concat(value.ToString()!.Select((c, i) => char.IsUpper(c) ? (i == 0 ? string.Empty : " ") + char.ToLowerInvariant(c) : c.ToString()));
        var agreements = await db.Agreements.Select(a => new { Id = "agreement-" + a.Id, a.Status, a.Kind }).ToListAsync();
        var events = root.GetProperty("events").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);
        agreements.Should().NotBeEmpty();
        foreach (var a in agreements)
        {
            events[a.Id].GetProperty("status").GetString().Should().Be(Words(a.Status));
            events[a.Id].GetProperty("classification").GetString().Should().Be("agreement: " + Words(a.Kind));
        }

        var engagements = await db.Engagements.Select(e => new { Id = "engagement-" + e.Id, e.Kind }).ToListAsync();
        engagements.Select(e => events[e.Id].GetProperty("classification").GetString()).Should().Equal(engagements.Select(e => Words(e.Kind)));
        var bodies = await db.Organisations.Select(o => new { Id = "organisation-" + o.Id, o.Kind }).ToListAsync();
        var organizations = root.GetProperty("organizations").EnumerateArray().ToDictionary(o => o.GetProperty("id").GetString()!);
        bodies.Select(o => organizations[o.Id].GetProperty("classification").GetString()).Should().Equal(bodies.Select(o => Words(o.Kind)));

        var words = root.GetProperty("organizations").EnumerateArray().Concat(root.GetProperty("events").EnumerateArray())
            .SelectMany(o => WordProperties.Select(p => o.TryGetProperty(p, out var v) ? v.GetString() : null))
            .Concat(root.GetProperty("memberships").EnumerateArray().Select(m => m.GetProperty("role").GetString()).Where(r => r!.StartsWith("delegation", StringComparison.Ordinal) || r == "member nation"))
            .OfType<string>();
        words.Where(w => w.Any(char.IsUpper)).Should().BeEmpty("no enum is spelt in Pascal case");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Collections_equal_the_database(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var root = JsonDocument.Parse((await Exported.RunAsync(db, ExportFormat.Popolo)).Text).RootElement;

        var people = await db.People.Select(p => new { Id = "person-" + p.Id, p.Name, p.Citation.Passage }).ToListAsync();
        root.GetProperty("persons").EnumerateArray()
            .Select(p => new { Id = p.GetProperty("id").GetString(), Name = p.GetProperty("name").GetString(), Passage = p.GetProperty("sources")[0].GetProperty("note").GetString() })
            .Should().BeEquivalentTo(people);

        var organizations = root.GetProperty("organizations").EnumerateArray().ToList();
        organizations.Count(o => o.GetProperty("classification").GetString() == "nation").Should().Be(await db.Nations.CountAsync());
        organizations.Count(o => o.GetProperty("id").GetString()!.StartsWith("organisation-", StringComparison.Ordinal)).Should().Be(await db.Organisations.CountAsync());
        organizations.Count(o => o.GetProperty("classification").GetString() == "working group").Should().Be(await db.WorkingGroups.CountAsync());
        var unnamed = await db.Organisations.Where(o => o.Name == null).Select(o => "organisation-" + o.Id).ToListAsync();
        organizations.Where(o => unnamed.Contains(o.GetProperty("id").GetString()!)).Select(o => o.TryGetProperty("name", out var name) ? name.GetString() : null).Should().OnlyContain(n => n == null, "a name the source does not state is not invented");

        var india = organizations.Single(o => o.GetProperty("id").GetString() == "nation-IND");
        var cow = await db.Nations.Where(n => n.Alpha3Code == "IND").Select(n => n.CorrelatesOfWarCode).SingleAsync();
        india.GetProperty("identifiers").EnumerateArray()
            .Single(i => i.GetProperty("scheme").GetString() == "Correlates of War state number").GetProperty("identifier").GetString()
            .Should().Be(cow!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

        root.GetProperty("posts").GetArrayLength().Should().Be(await db.Posts.CountAsync());
        root.GetProperty("memberships").GetArrayLength().Should().Be(await db.PostHoldings.CountAsync() + await db.DelegationMembers.CountAsync() + await db.WorkingGroupMembers.CountAsync());
        root.GetProperty("events").GetArrayLength().Should().Be(await db.Engagements.CountAsync() + await db.MilitaryExercises.CountAsync() + await db.Agreements.CountAsync());

        var leaders = await db.DelegationMembers.Where(m => m.Role == Model.DelegationRole.Leader).Select(m => "person-" + m.PersonId).ToListAsync();
        root.GetProperty("memberships").EnumerateArray()
            .Where(m => m.GetProperty("role").GetString() == "delegation leader")
            .Select(m => m.GetProperty("person_id").GetString())
            .Should().BeEquivalentTo(leaders);
    }

    [Fact]
    public void The_schema_refuses_what_Popolo_refuses()
    {
        static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;
        const string Empty = """ "organizations":[],"posts":[],"memberships":[],"events":[] """;

        Exported.Problems(Exported.Popolo, Json($$"""{"persons":[{"id":"p","name":"A","sources":[{"url":"urn:x:y#char=0,1","note":"A"}]}],{{Empty}}}""")).Should().BeEmpty();
        Exported.Problems(Exported.Popolo, Json($$"""{"persons":[{"id":"p","birth_date":"12 May 1960"}],{{Empty}}}""")).Should().NotBeEmpty("Popolo dates are yyyy, yyyy-mm or yyyy-mm-dd");
        Exported.Problems(Exported.Popolo, Json($$"""{"persons":[{"id":"p","sources":[{"note":"no url"}]}],{{Empty}}}""")).Should().NotBeEmpty("a link needs a url");
        Exported.Problems(Exported.Popolo, Json($$"""{"persons":[{"id":"p","sources":[{"url":"not a uri"}]}],{{Empty}}}""")).Should().NotBeEmpty("a link's url is a URI");
        Exported.Problems(Exported.Popolo, Json($$"""{"persons":[{"id":"p","rank":"Gen"}],{{Empty}}}""")).Should().NotBeEmpty("Popolo has no 'rank'");
    }
}
