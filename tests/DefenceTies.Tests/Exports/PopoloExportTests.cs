using System.Text.Json;
using DefenceTies.Exports;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Exports;

/// <summary>
/// The Popolo export of the seeded database, read back: valid against Popolo's JSON Schemas
/// (restated for 2020-12, formats checked), every id reference resolving, and each collection
/// equal to what the database holds.
/// </summary>
public class PopoloExportTests
{
    private static readonly string[] IdReferences = ["person_id", "post_id", "organization_id", "parent_id"];

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_document_is_valid_Popolo_and_its_references_resolve(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var (text, records) = await Exported.RunAsync(db, ExportFormat.Popolo);
        var root = JsonDocument.Parse(text).RootElement;

        Exported.Problems(Exported.Popolo, root).Should().BeEmpty();
        var collections = new[] { "persons", "organizations", "posts", "memberships", "events" };
        collections.Sum(c => root.GetProperty(c).GetArrayLength()).Should().Be((int)records);

        var ids = collections.SelectMany(c => root.GetProperty(c).EnumerateArray()).Select(o => o.GetProperty("id").GetString()!).ToList();
        ids.Should().OnlyHaveUniqueItems();
        var known = ids.ToHashSet(StringComparer.Ordinal);
        var references = collections.SelectMany(c => root.GetProperty(c).EnumerateArray())
            .SelectMany(o => IdReferences.Select(p => o.TryGetProperty(p, out var v) ? v.GetString() : null))
            .Concat(root.GetProperty("events").EnumerateArray().SelectMany(e => e.TryGetProperty("attendees", out var a) ? a.EnumerateArray().Select(p => p.GetProperty("id").GetString()) : []))
            .Concat(root.GetProperty("memberships").EnumerateArray().Select(m => m.TryGetProperty("member", out var member) ? member.GetProperty("id").GetString() : null))
            .OfType<string>()
            .ToList();
        references.Should().NotBeEmpty().And.OnlyContain(r => known.Contains(r));
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
