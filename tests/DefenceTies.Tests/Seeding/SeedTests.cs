using DefenceTies.Model;
using DefenceTies.Seeding;
using DefenceTies.Seeding.Reports;
using DefenceTies.Tests.Infrastructure;
using DefenceTies.Verification;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Seeding;

/// <summary>
/// The built-in seeds. The tests that only read share one seeded database per kind; those that seed,
/// fail a seed or write take their own.
/// </summary>
public class SeedTests(SharedDatabases shared) : IClassFixture<SharedDatabases>
{
    private static readonly string ReportPath = Path.Combine(AppContext.BaseDirectory, "Reports", IndiaThailandCoProductionReport.FileName);

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Migrate_with_seeding_stores_the_reference_nations_and_the_report_once(DatabaseKind kind)
    {
        var database = await shared.GetAsync(kind);
        await using var db = database.CreateContext();

        (await db.AppliedSeeds.Select(s => s.Key).ToListAsync()).Should().BeEquivalentTo([new ReferenceNationsSeed().Key, new IndiaThailandCoProductionReport().Key]);
        (await db.SourceDocuments.Select(d => d.Key).ToListAsync()).Should().BeEquivalentTo([ReferenceNationsSeed.ReferenceDocumentKey, IndiaThailandCoProductionReport.DocumentKey]);
        (await db.Nations.CountAsync()).Should().Be(249);
        (await db.Nations.Where(n => n.Alpha2Code == "IN" || n.Alpha2Code == "TH").OrderBy(n => n.Alpha2Code).Select(n => n.Alpha2Code + "/" + n.Alpha3Code + "/" + n.NumericCode).ToListAsync())
            .Should().Equal("IN/IND/356", "TH/THA/764");
        (await db.People.CountAsync()).Should().Be(3);
        (await db.Agreements.CountAsync()).Should().Be(2);
        (await db.CooperationAreas.CountAsync()).Should().Be(6);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Seeding_twice_changes_nothing(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var before = await RowCounts.OfAsync(db);

        var sync = DefenceTiesSeeder.Default.Seed(db);
        var async = await DefenceTiesSeeder.Default.SeedAsync(db);

        sync.Applied.Should().BeEmpty();
        async.AlreadyApplied.Should().Equal(new ReferenceNationsSeed().Key, new IndiaThailandCoProductionReport().Key);
        (await RowCounts.OfAsync(db)).Should().Equal(before);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_seed_is_callable_directly_without_UseSeeding(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(kind);
        await using var db = database.CreateContext();

        var result = DefenceTiesSeeder.Default.Seed(db);

        result.Applied.Should().Equal(new ReferenceNationsSeed().Key, new IndiaThailandCoProductionReport().Key);
        (await db.Nations.CountAsync()).Should().Be(249);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_stored_text_is_the_report_exactly(DatabaseKind kind)
    {
        var database = await shared.GetAsync(kind);
        await using var db = database.CreateContext();
        var file = await File.ReadAllTextAsync(ReportPath);

        var document = await Report(db);

        file.Should().StartWith(" date 2024-12-13");
        document.Text.Should().Be(file, "the pack's text is the report's file as received, its date line included");
        document.ContentSha256.Should().Be(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(ReportPath))));
        document.PublishedOn.Should().Be(PartialDate.FromYearMonthDay(2024, 12, 13));
        document.Title.Should().BeNull("the report states no title, and none is invented");
        document.ContentSha256.Should().HaveLength(64);
    }

    [Fact]
    public void The_embedded_report_is_byte_for_byte_the_shared_seed_file()
    {
        var shared = RepositoryPaths.SharedSeedFile(IndiaThailandCoProductionReport.FileName);
        Assert.SkipWhen(shared is null, "../shared/seed is not beside this checkout");

        File.ReadAllBytes(ReportPath).Should().Equal(File.ReadAllBytes(shared!));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Every_cited_passage_occurs_in_the_stored_text_where_the_citation_says(DatabaseKind kind)
    {
        var database = await shared.GetAsync(kind);
        await using var db = database.CreateContext();

        var citations = await db.Citations.Include(c => c.SourceDocument).ToListAsync();

        citations.Should().NotBeEmpty();
        foreach (var citation in citations)
        {
            citation.SourceDocument.Text.Substring(citation.StartIndex, citation.Length).Should().Be(citation.Passage);
        }
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Every_fact_and_relationship_cites_the_report_and_every_nation_the_reference_list(DatabaseKind kind)
    {
        var database = await shared.GetAsync(kind);
        await using var db = database.CreateContext();
        var reportId = (await Report(db)).Id;
        var referenceId = await db.SourceDocuments.Where(d => d.Key == ReferenceNationsSeed.ReferenceDocumentKey).Select(d => d.Id).SingleAsync();
        var citedTypes = db.Model.GetEntityTypes().Where(t => typeof(CitedEntity).IsAssignableFrom(t.ClrType)).ToList();

        citedTypes.Should().HaveCountGreaterThan(20);

        // The report states no membership of a body, no role at a meeting, no body as a party, no
        // other name and no actor of an issue: nothing is invented for them (the made-up fixture
        // reports state them).
        Type[] notInTheReport = [typeof(OrganisationMembership), typeof(EngagementParticipant), typeof(AgreementOrganisationParty), typeof(OtherName), typeof(Ownership), typeof(AgreementSignatory), typeof(DefenceDeal), typeof(AgreementEvent), typeof(ExercisePlace), typeof(ForceContribution), typeof(EngagementAgreement), typeof(Invitation)];
        foreach (var type in citedTypes)
        {
            // Nations are reference facts: they cite the list their codes come from, never the report.
            var documentId = type.ClrType == typeof(Nation) ? referenceId : reportId;
            var set = (IQueryable<CitedEntity>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(type.ClrType).Invoke(db, null)!;
            var rows = await set.CountAsync();
            var cited = await set.CountAsync(f => f.Citation.SourceDocumentId == documentId);
            var reference = await set.CountAsync(f => f.Citation.Support == SupportKind.Reference && f.Citation.SourceDocument.Origin == SourceOrigin.ReferenceData);

            if (notInTheReport.Contains(type.ClrType))
            {
                rows.Should().Be(0, $"the report states no {type.ClrType.Name}");
                continue;
            }

            rows.Should().BeGreaterThan(0, $"the seeds state at least one {type.ClrType.Name}");
            cited.Should().Be(rows, $"every {type.ClrType.Name} cites {(documentId == reportId ? "the report" : "the reference list")}");
        }
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Nothing_the_report_does_not_state_is_stored(DatabaseKind kind)
    {
        var database = await shared.GetAsync(kind);
        await using var db = database.CreateContext();
        var text = (await Report(db)).Text;

        // Every name and title stored is the report's own wording.
        var words = new List<string>();
        words.AddRange(await db.People.Select(p => p.Name).ToListAsync());
        words.AddRange(await db.People.Where(p => p.Rank != null).Select(p => p.Rank!).ToListAsync());
        words.AddRange(await db.Posts.Select(p => p.Title).ToListAsync());
        words.AddRange(await db.CooperationAreas.Select(a => a.Name).ToListAsync());
        words.AddRange(await db.Regions.Select(r => r.Name).ToListAsync());
        words.AddRange(await db.SecurityIssues.Select(i => i.Name).ToListAsync());
        words.AddRange(await db.ExerciseSeries.Select(x => x.Name).ToListAsync());
        words.AddRange(await db.MilitaryExercises.Where(x => x.Name != null).Select(x => x.Name!).ToListAsync());
        words.AddRange(await db.Policies.Select(p => p.Name).ToListAsync());
        words.AddRange(await db.NationalAims.Select(a => a.Description).ToListAsync());
        words.AddRange(await db.Statements.Select(s => s.Content).ToListAsync());

        words.Where(w => !text.Contains(w, StringComparison.Ordinal)).Should().BeEmpty();

        // The report names neither army, the working group or the decision, and titles no agreement.
        (await db.Organisations.Where(o => o.Kind == OrganisationKind.Army).Select(o => o.Name).ToListAsync()).Should().Equal(null, null);
        (await db.WorkingGroups.CountAsync(g => g.Name != null)).Should().Be(0);
        (await db.Agreements.CountAsync(a => a.Title != null)).Should().Be(0);

        // And the whole-database rule finds nothing: every stated value is in its passage.
        (await SourceFidelityCheck.CheckAsync(db)).Should().BeEmpty();

        // Dates carry no more precision than stated, and unstated dates stay empty.
        (await db.PostHoldings.CountAsync(h => h.StartedOn != null || h.EndedOn != null)).Should().Be(0);
        (await db.MilitaryExercises.CountAsync(x => x.StartedOn != null)).Should().Be(0);
        (await db.Statements.CountAsync(s => s.MadeOn != null)).Should().Be(0);
        (await db.Organisations.CountAsync(o => o.Kind == OrganisationKind.Embassy)).Should().Be(0, "the report names no embassy");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_failing_seed_leaves_nothing_behind(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(kind);
        await using var db = database.CreateContext();
        var before = await RowCounts.OfAsync(db);
        var seeder = new DefenceTiesSeeder([new FailingHalfwaySeed()]);

        var seed = () => seeder.SeedAsync(db);

        (await seed.Should().ThrowAsync<DefenceTiesSeedException>()).Which.SeedKey.Should().Be("failing-halfway");
        await using var fresh = database.CreateContext();
        (await RowCounts.OfAsync(fresh)).Should().Equal(before);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_ambassadors_post_is_accredited_to_Thailand_on_the_passage_that_names_it(DatabaseKind kind)
    {
        var database = await shared.GetAsync(kind);
        await using var db = database.CreateContext();

        var envoy = await db.Posts.Where(p => p.Title == "Ambassador to Thailand")
            .Select(p => new { Serves = p.Nation!.Alpha2Code, AccreditedTo = p.AccreditedTo!.Alpha2Code, p.Citation.Passage })
            .SingleAsync();

        envoy.Serves.Should().Be("IN");
        envoy.AccreditedTo.Should().Be("TH");
        envoy.Passage.Should().StartWith("Indian Ambassador to Thailand, Nagesh Singh,");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_later_seed_may_repeat_or_leave_out_a_posts_accreditation_but_not_contradict_it(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var agreeing = await new DefenceTiesSeeder([new EnvoySeed("agreeing", "TH"), new EnvoySeed("silent", null)]).SeedAsync(db);
        var contradicting = () => new DefenceTiesSeeder([new EnvoySeed("contradicting", "VN")]).SeedAsync(db);

        agreeing.Applied.Should().Equal("test/envoy-agreeing", "test/envoy-silent");
        (await db.Posts.CountAsync(p => p.Title == "Ambassador to Thailand")).Should().Be(1);
        (await contradicting.Should().ThrowAsync<DefenceTiesSeedException>())
            .WithInnerException<DomainRuleException>().Where(e => e.Field == "AccreditedTo" && Equals(e.Value, "VN"))
            .WithMessage("*accredited to TH*");
    }

    [Fact]
    public void Seed_keys_are_unique()
    {
        var seeds = new IDefenceTiesSeed[] { new IndiaThailandCoProductionReport(), new IndiaThailandCoProductionReport() };

        var create = () => new DefenceTiesSeeder(seeds);

        create.Should().Throw<ArgumentException>().WithMessage("*2024-12-13/india-thailand-defence-co-production*");
    }

    /// <summary>
    /// A later report that names India's post "Ambassador to Thailand" again, accredited to the nation
    /// with <c>accreditedTo</c> as its code (or without saying).
    /// </summary>
    private sealed class EnvoySeed(string name, string? accreditedTo) : IDefenceTiesSeed
    {
        private const string Text = "India's envoy, the Ambassador to Thailand, spoke.";

        public string Key => $"test/envoy-{name}";

        public string DocumentKey => Key;

        public SourceDocument CreateSourceDocument() => new(DocumentKey, null, PartialDate.FromYear(2025), Text);

        public void Plant(SeedContext context)
        {
            var cite = context.Cite(Text);
            var india = context.Nation("IN");
            var nation = accreditedTo switch
            {
                null => null,
                "TH" => context.Nation("TH"),
                _ => context.Nation("VN"),
            };
            context.Post(india, "Ambassador to Thailand", cite, accreditedTo: nation);
        }
    }

    private static Task<SourceDocument> Report(DefenceTiesDbContext db) => db.SourceDocuments.SingleAsync(d => d.Key == IndiaThailandCoProductionReport.DocumentKey);

    /// <summary>Plants the 249 reference nations, then India a second time: a rule only the database sees (unique ISO codes).</summary>
    private sealed class FailingHalfwaySeed : IDefenceTiesSeed
    {
        private readonly ReferenceNationsSeed _nations = new();

        public string Key => "failing-halfway";

        public string DocumentKey => _nations.DocumentKey;

        public SourceDocument CreateSourceDocument() => _nations.CreateSourceDocument();

        public void Plant(SeedContext context)
        {
            _nations.Plant(context);
            context.Add(new Nation("IN", "IND", "356", "India", context.Cite("IN,IND,356,India,Republic of India,750,IND,750,IND")));
        }
    }
}
