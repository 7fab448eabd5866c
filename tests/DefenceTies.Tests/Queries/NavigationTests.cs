using DefenceTies.Model;
using DefenceTies.Seeding;
using DefenceTies.Seeding.Reports;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Queries;

/// <summary>
/// The navigations an application walks: a person to their posts and statements, a document to its
/// citations, an envoy's post to the nation it is accredited to; loaded with Include and used inside
/// queries that translate to SQL, on every database kind.
/// </summary>
public class NavigationTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_person_leads_to_the_posts_they_hold_and_what_they_said(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var singh = await db.People
            .Include(p => p.PostHoldings).ThenInclude(h => h.Post).ThenInclude(p => p.AccreditedTo)
            .Include(p => p.Statements)
            .SingleAsync(p => p.Name == "Nagesh Singh");

        singh.PostHoldings.Should().ContainSingle().Which.Post.Title.Should().Be("Ambassador to Thailand");
        singh.PostHoldings.Single().Person.Should().BeSameAs(singh);
        singh.Statements.Should().ContainSingle().Which.Content.Should().StartWith("the two nations share common threat perceptions");

        var counts = db.People.OrderBy(p => p.Name).Select(p => new { p.Name, Posts = p.PostHoldings.Count, Statements = p.Statements.Count });
        counts.ToQueryString().Should().Contain("post_holdings").And.Contain("statements");
        (await counts.ToListAsync()).Should().Equal(
            new { Name = "Amitabh Prasad", Posts = 1, Statements = 0 },
            new { Name = "Nagesh Singh", Posts = 1, Statements = 1 },
            new { Name = "Tharapong Malakam", Posts = 1, Statements = 0 });
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_source_document_leads_to_its_own_citations_only(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await PlantedFacts.AddAsync(database, p => p.Add(new Person("A Planted Person", p.Citation)));
        await using var db = database.CreateContext();

        var report = await db.SourceDocuments.Include(d => d.Citations).SingleAsync(d => d.Key == IndiaThailandCoProductionReport.DocumentKey);

        report.Citations.Select(c => c.StartIndex).Distinct().Should().HaveCount(17, "the seed cites 17 distinct passages of the report, each once per fact it supports");
        report.Citations.Should().OnlyContain(c => ReferenceEquals(c.SourceDocument, report) && report.Text.Substring(c.StartIndex, c.Length) == c.Passage);

        var perDocument = db.SourceDocuments.OrderBy(d => d.Key).Select(d => new { d.Key, Cited = d.Citations.Count });
        (await perDocument.ToListAsync()).Should().Equal(
            new { Key = IndiaThailandCoProductionReport.DocumentKey, Cited = report.Citations.Count },
            new { Key = ReferenceNationsSeed.ReferenceDocumentKey, Cited = 249 },
            new { Key = PlantedFacts.DocumentKey, Cited = 1 });
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_envoys_post_leads_to_the_nation_it_is_accredited_to(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await PlantedFacts.AddAsync(database, p => p.Add(new Post(p.Thailand, "Ambassador to Viet Nam", p.Citation, accreditedTo: p.VietNam)));
        await using var db = database.CreateContext();

        var envoysToThailand = db.Posts.Where(p => p.AccreditedTo != null && p.AccreditedTo.Alpha2Code == "TH")
            .Select(p => new { p.Title, Serves = p.Nation!.Alpha2Code, AccreditedTo = p.AccreditedTo!.Name });
        envoysToThailand.ToQueryString().Should().Contain("accredited_to_id");

        (await envoysToThailand.ToListAsync()).Should().Equal(new { Title = "Ambassador to Thailand", Serves = "IN", AccreditedTo = "Thailand" });
        (await db.Posts.Where(p => p.AccreditedToId != null).OrderBy(p => p.Title).Select(p => p.AccreditedTo!.Alpha2Code).ToListAsync()).Should().Equal("TH", "VN");
        (await db.Posts.CountAsync(p => p.AccreditedTo == null)).Should().Be(2, "the report's other two posts are not envoys' posts");
    }
}
