using System.Text.Json;
using DefenceTies.Exports;
using DefenceTies.Model;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Exports;

/// <summary>
/// The FollowTheMoney export of the seeded database, read back: unique ids, every reference
/// resolving, and the entities, their parties and their evidence equal to what the database holds.
/// Whether FtM itself accepts the lines is for FtM's own model to say (Conformance/FollowTheMoneyConformanceTests).
/// </summary>
public class FollowTheMoneyExportTests
{
    private static readonly string[] ReferenceProperties = ["proof", "organization", "holder", "post", "involved", "authority", "member", "document", "entity"];

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Every_id_is_unique_and_every_reference_resolves(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var (text, records) = await Exported.RunAsync(db, ExportFormat.FollowTheMoney);
        var entities = Parse(text);

        entities.Should().HaveCount((int)records);

        var ids = entities.Select(e => e.GetProperty("id").GetString()!).ToList();
        ids.Should().OnlyHaveUniqueItems();
        var known = ids.ToHashSet(StringComparer.Ordinal);
        var references = entities.SelectMany(e => ReferenceProperties.SelectMany(p => Values(e, p))).ToList();
        references.Should().NotBeEmpty().And.OnlyContain(r => known.Contains(r), "an entity reference names an entity of the same file");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Entities_per_schema_equal_the_database(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var entities = Parse((await Exported.RunAsync(db, ExportFormat.FollowTheMoney)).Text);
        var bySchema = entities.GroupBy(e => e.GetProperty("schema").GetString()!).ToDictionary(g => g.Key, g => g.Count());

        var facts = await db.Nations.CountAsync() + await db.Organisations.CountAsync() + await db.People.CountAsync() + await db.Posts.CountAsync()
            + await db.PostHoldings.CountAsync() + await db.Engagements.CountAsync() + await db.Agreements.CountAsync() + await db.MilitaryExercises.CountAsync()
            + await db.WorkingGroups.CountAsync() + await db.WorkingGroupMembers.CountAsync() + await db.Initiatives.CountAsync() + await db.InitiativeParticipants.CountAsync();

        // Values cited apart from their fact (a significance) are documented on their own, for the exported kinds.
        var values = await db.ValueCitations.CountAsync(v => EF.Property<int?>(v, "AgreementId") != null || EF.Property<int?>(v, "WorkingGroupId") != null
            || EF.Property<int?>(v, "InitiativeId") != null || EF.Property<int?>(v, "EngagementId") != null);
        var exportedCitationIds = await ExportedFactCitationIds(db);
        var corroborating = await db.Citations.CountAsync(c => c.CorroboratesId != null && exportedCitationIds.Contains(c.CorroboratesId.Value));

        bySchema.Should().BeEquivalentTo(new Dictionary<string, int>
        {
            ["Document"] = await db.SourceDocuments.CountAsync(),
            ["PublicBody"] = await db.Nations.CountAsync() + await db.Organisations.CountAsync(),
            ["Person"] = await db.People.CountAsync(),
            ["Position"] = await db.Posts.CountAsync(),
            ["Occupancy"] = await db.PostHoldings.CountAsync(),
            ["Event"] = await db.Engagements.CountAsync() + await db.MilitaryExercises.CountAsync(),
            ["Contract"] = await db.Agreements.CountAsync(),
            ["Organization"] = await db.WorkingGroups.CountAsync(),
            ["Membership"] = await db.WorkingGroupMembers.CountAsync() + await db.Organisations.CountAsync(),
            ["Project"] = await db.Initiatives.CountAsync(),
            ["ProjectParticipant"] = await db.InitiativeParticipants.CountAsync(),
            ["Documentation"] = facts + corroborating + values,
        }.Where(p => p.Value > 0).ToDictionary());
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Each_fact_carries_its_verbatim_passage_support_and_document(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var entities = Parse((await Exported.RunAsync(db, ExportFormat.FollowTheMoney)).Text);
        var primary = entities
            .Where(e => e.GetProperty("schema").GetString() == "Documentation" && Values(e, "status").Single() == "primary")
            .ToDictionary(Documented, e => (Passage: Values(e, "summary").Single(), Role: Values(e, "role").Single(), Note: Values(e, "description").FirstOrDefault(d => !d.StartsWith(EvidenceFor, StringComparison.Ordinal)), Document: Values(e, "document").Single()));

        var expected = new List<(string Id, Citation Citation)>();
        expected.AddRange((await db.Nations.Include(n => n.Citation.SourceDocument).ToListAsync()).Select(n => ("nation-" + n.Alpha3Code, n.Citation)));
        expected.AddRange((await db.Organisations.Include(n => n.Citation.SourceDocument).ToListAsync()).Select(o => ($"organisation-{o.Id}", o.Citation)));
        expected.AddRange((await db.People.Include(n => n.Citation.SourceDocument).ToListAsync()).Select(p => ($"person-{p.Id}", p.Citation)));
        expected.AddRange((await db.Posts.Include(n => n.Citation.SourceDocument).ToListAsync()).Select(p => ($"post-{p.Id}", p.Citation)));
        expected.AddRange((await db.PostHoldings.Include(n => n.Citation.SourceDocument).ToListAsync()).Select(h => ($"post-holding-{h.Id}", h.Citation)));
        expected.AddRange((await db.Engagements.Include(n => n.Citation.SourceDocument).ToListAsync()).Select(e => ($"engagement-{e.Id}", e.Citation)));
        expected.AddRange((await db.Agreements.Include(n => n.Citation.SourceDocument).ToListAsync()).Select(a => ($"agreement-{a.Id}", a.Citation)));
        expected.AddRange((await db.MilitaryExercises.Include(n => n.Citation.SourceDocument).ToListAsync()).Select(x => ($"exercise-{x.Id}", x.Citation)));
        expected.AddRange((await db.WorkingGroups.Include(n => n.Citation.SourceDocument).ToListAsync()).Select(g => ($"working-group-{g.Id}", g.Citation)));

        primary.Keys.Should().Contain(expected.Select(e => e.Id));
        foreach (var (id, citation) in expected)
        {
            var exported = primary[id];
            exported.Passage.Should().Be(citation.Passage, id);
            exported.Role.Should().Be(citation.Support.ToString(), id);
            exported.Note.Should().Be(citation.Note, id);
            exported.Document.Should().Be("document-" + citation.SourceDocument.Key, id);
        }
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Contracts_name_the_agreements_parties_and_dates(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var contracts = Parse((await Exported.RunAsync(db, ExportFormat.FollowTheMoney)).Text)
            .Where(e => e.GetProperty("schema").GetString() == "Contract")
            .ToDictionary(e => e.GetProperty("id").GetString()!);
        var agreements = await db.Agreements.Select(a => new { a.Id, a.ConcludedOn, Parties = a.Parties.Select(p => p.Nation.Alpha3Code).ToList() }).ToListAsync();

        contracts.Keys.Should().BeEquivalentTo(agreements.Select(a => $"agreement-{a.Id}"));
        foreach (var a in agreements)
        {
            var contract = contracts[$"agreement-{a.Id}"];
            Values(contract, "authority").Should().BeEquivalentTo(a.Parties.Select(p => "nation-" + p));
            Values(contract, "contractDate").Should().Equal(a.ConcludedOn is { } on ? [on.ToString()] : []);
        }
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_interval_carries_its_own_passage_and_its_citations_document_the_thing_it_joins(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var entities = Parse((await Exported.RunAsync(db, ExportFormat.FollowTheMoney)).Text).ToDictionary(e => e.GetProperty("id").GetString()!);
        var holdings = await db.PostHoldings.Select(h => new { h.Id, h.PersonId, h.Citation.Passage }).ToListAsync();

        holdings.Should().NotBeEmpty("the report names post holders");
        foreach (var h in holdings)
        {
            var occupancy = entities[$"post-holding-{h.Id}"];
            Values(occupancy, "summary").Should().Equal(h.Passage);
            Values(occupancy, "recordId").Single().Should().StartWith("urn:defenceties:document:");
            var documentation = entities.Values.Where(e => Values(e, "description").Contains($"{EvidenceFor}post-holding-{h.Id}")).ToList();
            documentation.Should().ContainSingle(e => Values(e, "status").Single() == "primary");
            documentation.Should().OnlyContain(e => Values(e, "entity").Single() == $"person-{h.PersonId}", "Documentation.entity ranges over Thing: the holder, not the Occupancy");
        }
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Each_value_cited_on_its_own_is_a_Documentation_naming_the_value_the_entity_and_the_support(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var (agreementId, holdingId) = await PlantedValueCitations.PlantAsync(db);
        var holder = await db.PostHoldings.Where(h => h.Id == holdingId).Select(h => h.PersonId).SingleAsync();

        var values = Parse((await Exported.RunAsync(db, ExportFormat.FollowTheMoney)).Text)
            .Where(e => e.GetProperty("schema").GetString() == "Documentation" && Values(e, "status").Single() == "value"
                && Values(e, "description").Any(d => d.Contains("value ConcludedOn", StringComparison.Ordinal) || d.Contains("value Post", StringComparison.Ordinal))).ToList();

        values.Should().HaveCount(2, "the two values planted are cited on their own (the report's own such values, a significance among them, are documented alike)");
        var date = values.Single(e => Values(e, "entity").Single() == $"agreement-{agreementId}");
        Values(date, "summary").Should().Equal(PlantedValueCitations.DatePassage);
        Values(date, "role").Should().Equal("Stated");
        Values(date, "description").Should().Equal($"value ConcludedOn of agreement-{agreementId}: Stated");
        var post = values.Single(e => Values(e, "entity").Single() == $"person-{holder}");
        Values(post, "summary").Should().Equal(PlantedValueCitations.PostPassage);
        Values(post, "role").Should().Equal("Implied");
        Values(post, "description").Should().Equal($"{EvidenceFor}post-holding-{holdingId}", $"value Post of post-holding-{holdingId}: Implied: {PlantedValueCitations.PostNote}");
        Documented(post).Should().Be($"post-holding-{holdingId}", "an interval's value is documented on the Thing it joins, like its other citations");
        values.Should().OnlyContain(e => Values(e, "recordId").Single().StartsWith("urn:defenceties:document:", StringComparison.Ordinal));
    }

    private const string EvidenceFor = "evidence for ";

    // The fact a Documentation entity cites: the interval it names ("evidence for …"), else its entity.
    private static string Documented(JsonElement documentation) =>
        Values(documentation, "description").FirstOrDefault(d => d.StartsWith(EvidenceFor, StringComparison.Ordinal)) is { } about
            ? about[EvidenceFor.Length..]
            : Values(documentation, "entity").Single();

    private static List<JsonElement> Parse(string text) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement)];

    private static IEnumerable<string> Values(JsonElement entity, string property) =>
        entity.GetProperty("properties").TryGetProperty(property, out var values) ? values.EnumerateArray().Select(v => v.GetString()!) : [];

    private static async Task<List<int>> ExportedFactCitationIds(DefenceTiesDbContext db) =>
    [
        .. await db.Nations.Select(f => f.CitationId).ToListAsync(),
        .. await db.Organisations.Select(f => f.CitationId).ToListAsync(),
        .. await db.People.Select(f => f.CitationId).ToListAsync(),
        .. await db.Posts.Select(f => f.CitationId).ToListAsync(),
        .. await db.PostHoldings.Select(f => f.CitationId).ToListAsync(),
        .. await db.Engagements.Select(f => f.CitationId).ToListAsync(),
        .. await db.Agreements.Select(f => f.CitationId).ToListAsync(),
        .. await db.MilitaryExercises.Select(f => f.CitationId).ToListAsync(),
        .. await db.WorkingGroups.Select(f => f.CitationId).ToListAsync(),
        .. await db.WorkingGroupMembers.Select(f => f.CitationId).ToListAsync(),
    ];
}
