using DefenceTies.Model;
using DefenceTies.Seeding.Reports;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Reliability;

/// <summary>
/// Bad input is refused with an error naming entity, field and value, and nothing already stored
/// changes. Each case runs against a freshly seeded database; some are caught by the model's guards
/// (on one engine: no SQL is sent), the rest by the database and translated by the context (on
/// every database kind).
/// </summary>
public class BadInputTests
{
    private static readonly PartialDate Talks = PartialDate.FromYearMonthDay(2024, 12, 12);

    private static readonly IReadOnlyDictionary<string, BadInput> Cases = new[]
    {
        // Nations: ISO codes, names, lengths.
        Model("lower-case alpha-2", "Nation", "Alpha2Code", "th", async db => _ = new Nation("th", "THA", "764", "Thailand", await Cite(db))),
        Model("two-letter alpha-3", "Nation", "Alpha3Code", "TH", async db => _ = new Nation("LA", "TH", "418", "Laos", await Cite(db))),
        Model("two-digit numeric code", "Nation", "NumericCode", "76", async db => _ = new Nation("LA", "LAO", "76", "Laos", await Cite(db))),
        Model("letter in numeric code", "Nation", "NumericCode", "4a8", async db => _ = new Nation("LA", "LAO", "4a8", "Laos", await Cite(db))),
        Model("blank nation name", "Nation", "Name", "", async db => _ = new Nation("LA", "LAO", "418", "", await Cite(db))),
        Model("padded nation name", "Nation", "Name", " Laos", async db => _ = new Nation("LA", "LAO", "418", " Laos", await Cite(db))),
        Model("nation name too long", "Nation", "Name", new string('L', 201), async db => _ = new Nation("LA", "LAO", "418", new string('L', 201), await Cite(db))),
        Model("unassigned alpha-2", "Nation", "Alpha2Code", "OB", async db => _ = new Nation("OB", "LAO", "418", "Laos", await Cite(db))),
        Model("unassigned alpha-3", "Nation", "Alpha3Code", "OBX", async db => _ = new Nation("LA", "OBX", "418", "Laos", await Cite(db))),
        Model("unassigned numeric code", "Nation", "NumericCode", "995", async db => _ = new Nation("LA", "LAO", "995", "Laos", await Cite(db))),
        Model("ISO codes of two entries", "Nation", "Alpha3Code", "THA", async db => _ = new Nation("LA", "THA", "418", "Laos", await Cite(db))),
        Model("COW number out of range", "Nation", "CorrelatesOfWarCode", 1000, async db => _ = new Nation("LA", "LAO", "418", "Laos", await Cite(db), 1000, "LAO")),
        Model("GW abbreviation without its number", "Nation", "GleditschWardCode", null, async db => _ = new Nation("LA", "LAO", "418", "Laos", await Cite(db), gleditschWardAbbreviation: "LAO")),

        // Every assigned ISO 3166-1 entry is stored and the model refuses codes of two entries, so
        // only a write around the model (here, a property set through the change tracker) can
        // duplicate a code: the database refuses it too.
        Database("duplicate alpha-2", "Nation", "Alpha2Code", "IN", ConstraintKind.Unique, async db => db.Entry(await Thailand(db)).Property(n => n.Alpha2Code).CurrentValue = "IN"),
        Database("duplicate alpha-3", "Nation", "Alpha3Code", "THA", ConstraintKind.Unique, async db => db.Entry(await India(db)).Property(n => n.Alpha3Code).CurrentValue = "THA"),
        Database("duplicate numeric code", "Nation", "NumericCode", "356", ConstraintKind.Unique, async db => db.Entry(await Thailand(db)).Property(n => n.NumericCode).CurrentValue = "356"),
        Database("duplicate COW number", "Nation", "CorrelatesOfWarCode", 750, ConstraintKind.Unique, async db => db.Entry(await Thailand(db)).Property(n => n.CorrelatesOfWarCode).CurrentValue = 750),
        Database("COW number without its abbreviation", "Nation", "CorrelatesOfWarCode", 800, ConstraintKind.Check, async db => db.Entry(await Thailand(db)).Property(n => n.CorrelatesOfWarAbbreviation).CurrentValue = null),

        // Organisations, people, posts.
        Model("blank organisation name", "Organisation", "Name", "  ", async db => _ = new Organisation(await India(db), "  ", OrganisationKind.Embassy, await Cite(db))),
        Model("embassy hosted by its own nation", "Organisation", "HostNation", "IN", async db => { var india = await India(db); _ = new Organisation(india, "Embassy", OrganisationKind.Embassy, await Cite(db), india); }),
        Model("blank person name", "Person", "Name", "\t", async db => _ = new Person("\t", await Cite(db))),
        Model("rank too long", "Person", "Rank", new string('G', 51), async db => _ = new Person("A Person", await Cite(db), new string('G', 51))),
        Model("post in another nation's organisation", "Post", "Organisation", "Defence Ministry", async db => _ = new Post(await Thailand(db), "Attaché", await Cite(db), await db.Organisations.SingleAsync(o => o.Name == "Defence Ministry"))),
        Database("duplicate post title", "Post", "Title", "Ambassador to Thailand", ConstraintKind.Unique, async db => db.Add(new Post(await India(db), "Ambassador to Thailand", await Cite(db)))),
        Model("holding ends before it starts", "PostHolding", "EndedOn", "2011", async db => _ = new PostHolding(await db.People.FirstAsync(), await db.Posts.FirstAsync(), await Cite(db), PartialDate.FromYear(2012), PartialDate.FromYear(2011))),

        // Agreements.
        Model("blank agreement title", "Agreement", "Title", "", async db => _ = new Agreement("", AgreementKind.Treaty, AgreementStatus.Signed, "defence", null, await Cite(db))),
        Model("undefined agreement kind", "Agreement", "Kind", (AgreementKind)99, async db => _ = new Agreement("T", (AgreementKind)99, AgreementStatus.Signed, "defence", null, await Cite(db))),
        Model("agreement ends before concluded", "Agreement", "EndedOn", "2011-06", async db => _ = new Agreement("T", AgreementKind.Treaty, AgreementStatus.Ended, "defence", PartialDate.FromYear(2012), await Cite(db), endedOn: PartialDate.FromYearMonth(2011, 6))),
        Model("nation party twice", "AgreementParty", "Nation", "IN", async db => (await Mou(db)).AddParty(await India(db), await Cite(db))),
        Model("in force before signed", "Agreement", "EnteredIntoForceOn", "2011", async db => (await Mou(db)).RecordEntryIntoForce(PartialDate.FromYear(2011))),

        // Engagements and delegations.
        Model("second delegation of a nation", "Delegation", "Nation", "IN", async db => (await TalksWithDelegations(db)).AddDelegation(await India(db), await Cite(db))),
        Model("second leader", "DelegationMember", "Role", DelegationRole.Leader, async db => (await IndianDelegation(db)).AddMember(await db.People.SingleAsync(p => p.Name == "Nagesh Singh"), DelegationRole.Leader, await Cite(db))),
        Model("member in another nation's post", "DelegationMember", "Capacity", "Deputy Permanent Secretary for Defence", async db => (await IndianDelegation(db)).AddMember(await db.People.SingleAsync(p => p.Name == "Nagesh Singh"), DelegationRole.Member, await Cite(db), await db.Posts.SingleAsync(p => p.Title == "Deputy Permanent Secretary for Defence"))),

        // Working groups, areas, exercises.
        Model("reviving a dissolved group", "WorkingGroup", "Status", WorkingGroupStatus.Active, async db => { var g = await db.WorkingGroups.SingleAsync(); g.ChangeStatus(WorkingGroupStatus.Dissolved); g.ChangeStatus(WorkingGroupStatus.Active); }),
        Database("second unnamed army of a nation", "Organisation", "Kind", null, ConstraintKind.Unique, async db => db.Add(new Organisation(await db.Nations.SingleAsync(n => n.Alpha2Code == "IN"), null, OrganisationKind.Army, await Cite(db)))),
        Database("duplicate cooperation area", "CooperationArea", "Name", "joint exercises", ConstraintKind.Unique, async db => db.Add(new CooperationArea("joint exercises", await Cite(db)))),
        Database("duplicate exercise series name", "ExerciseSeries", "Name", "MAITREE", ConstraintKind.Unique, async db => db.Add(new ExerciseSeries("MAITREE", await Cite(db)))),
        Model("exercise service of another nation", "ExerciseParticipant", "Service", "Thailand's army", async db => { var x = new ExerciseSeries("Other", await Cite(db)).AddEdition(await Cite(db)); x.AddParticipant(await India(db), await Cite(db), await db.Organisations.Include(o => o.Nation).SingleAsync(o => o.Kind == OrganisationKind.Army && o.Nation!.Alpha2Code == "TH")); }),

        // Policies, relations, regions, statements, citations.
        Model("policy complementing itself", "PolicyLink", "To", "Act East", async db => { var p = await db.Policies.SingleAsync(x => x.Name == "Act East"); _ = new PolicyLink(p, PolicyLinkKind.Complements, p, await Cite(db)); }),
        Model("partner in its own policy", "PolicyPartner", "Partner", "IN", async db => _ = new PolicyPartner(await db.Policies.SingleAsync(x => x.Name == "Act East"), await India(db), await Cite(db))),
        Database("duplicate policy of a nation", "Policy", "Name", "Act East", ConstraintKind.Unique, async db => db.Add(new Policy(await India(db), "Act East", await Cite(db)))),
        Model("nation related to itself", "NationRelation", "Counterpart", "TH", async db => { var th = await Thailand(db); _ = new NationRelation(th, NationRelationKind.MaritimeNeighbour, th, await Cite(db)); }),
        Database("duplicate region", "Region", "Name", "Bay of Bengal", ConstraintKind.Unique, async db => db.Add(new Region("Bay of Bengal", RegionKind.MaritimeArea, await Cite(db)))),
        Model("issue located twice in a region", "SecurityIssueRegion", "Region", "Bay of Bengal", async db => { var i = await db.SecurityIssues.Include(x => x.Regions).ThenInclude(r => r.Region).SingleAsync(x => x.Name == "human trafficking"); i.LocateIn(i.Regions.Single().Region, await Cite(db)); }),
        Model("misquoted direct quotation", "Statement", "Content", "Thailand is an ally", async db => _ = Statement.ByOrganisation(await db.Organisations.SingleAsync(o => o.Name == "Defence Ministry"), StatementForm.DirectQuotation, "Thailand is an ally", await Cite(db))),
        Model("passage not in the report", "Citation", "Passage", "India and Thailand signed a treaty.", async db => (await Report(db)).Cite("India and Thailand signed a treaty.")),

        // Deletes that would orphan facts.
        Database("deleting a nation that facts refer to", "Nation", "Id", null, ConstraintKind.ForeignKey, async db => db.Remove(await India(db))),
        Database("deleting a cited passage", "Citation", "Id", null, ConstraintKind.ForeignKey, async db => db.Remove(await db.Citations.OrderBy(c => c.Id).FirstAsync())),
    }.ToDictionary(c => c.Name);

    public static TheoryData<DatabaseKind, string> All
    {
        get
        {
            var data = new TheoryData<DatabaseKind, string>();
            // A model guard throws before any SQL is sent, so the engine cannot change its outcome: it
            // runs once (SQLite in memory). A database's refusal runs on every engine.
            foreach (var (name, bad) in Cases)
            {
                foreach (var kind in bad.Kind is null ? [DatabaseKind.SqliteInMemory] : Enum.GetValues<DatabaseKind>())
                {
                    data.Add(kind, name);
                }
            }

            return data;
        }
    }

    [Fact]
    public void The_suite_tries_at_least_thirty_distinct_bad_inputs_half_of_them_refused_by_the_database()
    {
        Cases.Should().HaveCountGreaterThanOrEqualTo(30);
        Cases.Values.Count(c => c.Kind is not null).Should().BeGreaterThanOrEqualTo(10);
    }

    [Theory]
    [MemberData(nameof(All))]
    public async Task Bad_input_is_refused_by_name_and_nothing_stored_changes(DatabaseKind kind, string name)
    {
        var bad = Cases[name];
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        var before = await Fingerprint.OfAsync(database);

        await using (var db = database.CreateContext())
        {
            var act = async () =>
            {
                await bad.Act(db);
                await db.SaveChangesAsync();
            };

            // The model's guards raise DomainRuleException; the database's constraints raise
            // ConstraintViolationException (a DbUpdateException). Both name entity, field and value.
            var error = (await act.Should().ThrowAsync<Exception>()).Which;
            var (entity, field, value) = error switch
            {
                ConstraintViolationException c => (c.Entity, c.Field, c.Value),
                DomainRuleException d => (d.Entity, d.Field, d.Value),
                _ => throw new InvalidOperationException($"unexpected {error.GetType().Name}: {error.Message}"),
            };
            entity.Should().Be(bad.Entity);
            field.Should().Be(bad.Field);
            error.Message.Should().StartWith($"{bad.Entity}.{bad.Field} ");
            if (bad.Value is not null)
            {
                value.Should().Be(bad.Value);
            }

            if (bad.Kind is { } constraintKind)
            {
                error.Should().BeOfType<ConstraintViolationException>().Which.Kind.Should().Be(constraintKind);
            }
            else
            {
                error.Should().BeOfType<DomainRuleException>();
            }
        }

        (await Fingerprint.OfAsync(database)).Should().Equal(before);
    }

    private static BadInput Model(string name, string entity, string field, object? value, Func<DefenceTiesDbContext, Task> act) => new(name, entity, field, value, null, act);

    private static BadInput Database(string name, string entity, string field, object? value, ConstraintKind kind, Func<DefenceTiesDbContext, Task> act) => new(name, entity, field, value, kind, act);

    private static Task<Citation> Cite(DefenceTiesDbContext db) =>
        db.Citations.Include(c => c.SourceDocument).Where(c => c.SourceDocument.Key == IndiaThailandCoProductionReport.DocumentKey).OrderBy(c => c.Id).FirstAsync();

    private static Task<SourceDocument> Report(DefenceTiesDbContext db) => db.SourceDocuments.SingleAsync(d => d.Key == IndiaThailandCoProductionReport.DocumentKey);

    private static Task<Nation> India(DefenceTiesDbContext db) => db.Nations.SingleAsync(n => n.Alpha2Code == "IN");

    private static Task<Nation> Thailand(DefenceTiesDbContext db) => db.Nations.SingleAsync(n => n.Alpha2Code == "TH");

    private static Task<Agreement> Mou(DefenceTiesDbContext db) =>
        db.Agreements.Include(a => a.Parties).ThenInclude(p => p.Nation).SingleAsync(a => a.Kind == AgreementKind.MemorandumOfUnderstanding);

    private static Task<Engagement> TalksWithDelegations(DefenceTiesDbContext db) =>
        db.Engagements.Include(e => e.Delegations).ThenInclude(d => d.Nation).SingleAsync(e => e.HeldOn == Talks);

    private static Task<Delegation> IndianDelegation(DefenceTiesDbContext db) =>
        db.Delegations.Include(d => d.Nation).Include(d => d.Members).ThenInclude(m => m.Person).SingleAsync(d => d.Nation.Alpha2Code == "IN");

    private sealed record BadInput(string Name, string Entity, string Field, object? Value, ConstraintKind? Kind, Func<DefenceTiesDbContext, Task> Act);
}
