using DefenceTies.Bulk;
using DefenceTies.Model;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DefenceTies.Tests.Bulk.BulkImportTests;

namespace DefenceTies.Tests.Bulk;

/// <summary>
/// The bulk path reports a broken rule as the other write paths do: a row that breaks a model rule
/// raises what the entity's constructor (or the method that adds it) raises for the same value,
/// and a row the database refuses raises what SaveChanges raises for the same violation.
/// </summary>
public class BulkErrorContractTests
{
    private static readonly PartialDate Day = PartialDate.FromYearMonthDay(2024, 12, 12);

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_row_breaking_a_model_rule_raises_what_the_entity_raises(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var (indianPost, indianPostTitle) = await db.Posts.Where(p => p.Nation!.Alpha2Code == "IN").Select(p => new { p.Id, p.Title }).FirstAsync() is var post ? (post.Id, post.Title) : default;
        var indianArmy = await db.Organisations.Where(o => o.Nation!.Alpha2Code == "IN" && o.Kind == OrganisationKind.Army).Select(o => o.Id).SingleAsync();
        var nations = await StoredNationsAsync(db);
        var before = await RowCounts.OfAsync(db);
        var importer = ImporterFor(database);
        var ids = await importer.CreateIdAllocatorAsync();

        // Every nation is stored, so a nation row can only break a rule; the batch's other rows
        // refer to the stored India and Thailand. The entity side builds objects it never saves.
        var document = new SourceDocument("entity-side", null, Day, Text);
        var c = document.Cite("Both armies took part in exercise MAITREE.");
        var (india, thailand) = (new Nation("IN", "IND", "356", "India", c), new Nation("TH", "THA", "764", "Thailand", c));
        var (someone, other) = (new Person("Someone", c), new Person("Someone else", c));
        // SameValue: the entity names the value as the row does (not an object where the row has an id,
        // nor a document by key where the row has its id), so value and rule read the same too.
        var cases = new (string Name, Action Entity, Action<BulkImportBatch> Bulk, bool SameValue)[]
        {
            ("a malformed ISO code", () => _ = new Nation("in", "IND", "356", "India", c), b => b.Nations.Add(NationRowOf(ids, b, "in", "IND", "356", "India")), true),
            ("an unassigned ISO code", () => _ = new Nation("OB", "OBX", "995", "Oceania", c), b => b.Nations.Add(NationRowOf(ids, b, "OB", "OBX", "995", "Oceania")), true),
            ("ISO codes of two entries", () => _ = new Nation("IN", "THA", "356", "India", c), b => b.Nations.Add(NationRowOf(ids, b, "IN", "THA", "356", "India")), true),
            ("a COW number without its abbreviation", () => _ = new Nation("IN", "IND", "356", "India", c, 750), b => b.Nations.Add(NationRowOf(ids, b, "IN", "IND", "356", "India", cow: 750)), true),
            ("a padded document key", () => _ = new SourceDocument(" key", null, Day, Text), b => b.SourceDocuments[0] = With(b.SourceDocuments[0], key: " key"), true),
            ("a blank rank", () => _ = new Person("Someone", c, "  "), b => b.People[0] = With(b.People[0], rank: "  "), true),
            ("an undefined enum value", () => _ = new Engagement((EngagementKind)99, "talks", Day, c), b => b.Engagements[0] = With(b.Engagements[0], kind: (EngagementKind)99), true),
            (
                "an agreement ended before it was concluded",
                () => _ = new Agreement("t", AgreementKind.Treaty, AgreementStatus.Ended, "s", PartialDate.FromYear(2012), c, endedOn: PartialDate.FromYear(2011)),
                b => b.Agreements[0] = With(b.Agreements[0], ended: PartialDate.FromYear(2011)),
                true),
            (
                "an exercise ended before it started",
                () => _ = new ExerciseSeries("X", c).AddEdition(c, PartialDate.FromYear(2012), PartialDate.FromYear(2011)),
                b => b.MilitaryExercises[0] = With(b.MilitaryExercises[0], PartialDate.FromYear(2012), PartialDate.FromYear(2011)),
                true),
            (
                "an engagement dated default(PartialDate)",
                () => _ = new Engagement(EngagementKind.Talks, "talks", default, c),
                b => b.Engagements[0] = new EngagementRow { Id = b.Engagements[0].Id, Kind = b.Engagements[0].Kind, Subject = b.Engagements[0].Subject, HeldOn = default, CitationId = b.Engagements[0].CitationId },
                true),
            (
                "an agreement ended on default(PartialDate)",
                () => _ = new Agreement("t", AgreementKind.Treaty, AgreementStatus.Ended, "s", PartialDate.FromYear(2012), c, endedOn: default(PartialDate)),
                b => b.Agreements[0] = With(b.Agreements[0], ended: default(PartialDate)),
                true),
            ("a passage not in its document", () => document.Cite("not in the text"), b => b.Citations[0] = With(b.Citations[0], "not in the text"), false),
            (
                "a second delegation of one nation",
                () => Repeat(new Engagement(EngagementKind.Talks, "talks", Day, c), e => e.AddDelegation(india, c)),
                b => b.Delegations.Add(With(b.Delegations[0], ids.Next<DelegationRow>())),
                false),
            (
                "a person twice in one delegation",
                () => Repeat(new Engagement(EngagementKind.Talks, "talks", Day, c).AddDelegation(india, c), d => d.AddMember(someone, DelegationRole.Member, c)),
                b => b.DelegationMembers.Add(With(b.DelegationMembers[0], ids.Next<DelegationMemberRow>(), DelegationRole.Member)),
                false),
            (
                "a second leader",
                () =>
                {
                    var delegation = new Engagement(EngagementKind.Talks, "talks", Day, c).AddDelegation(india, c);
                    delegation.AddMember(someone, DelegationRole.Leader, c);
                    delegation.AddMember(other, DelegationRole.Leader, c);
                },
                b =>
                {
                    var person = ids.Next<PersonRow>();
                    b.People.Add(new PersonRow { Id = person, Name = "Someone else", CitationId = b.People[0].CitationId });
                    b.DelegationMembers.Add(With(b.DelegationMembers[0], ids.Next<DelegationMemberRow>(), DelegationRole.Leader, person: person));
                },
                true),
            (
                "a party named twice",
                () => Repeat(new Agreement("t", AgreementKind.Treaty, AgreementStatus.Signed, "s", null, c), a => a.AddParty(india, c)),
                b => b.AgreementParties.Add(new AgreementPartyRow { Id = ids.Next<AgreementPartyRow>(), AgreementId = b.AgreementParties[0].AgreementId, NationId = b.AgreementParties[0].NationId, CitationId = b.AgreementParties[0].CitationId }),
                false),
            (
                "a participant named twice",
                () => Repeat(new ExerciseSeries("X", c).AddEdition(c), x => x.AddParticipant(india, c)),
                b => b.ExerciseParticipants.Add(With(b.ExerciseParticipants[0], ids.Next<ExerciseParticipantRow>())),
                false),
            (
                "a capacity post of another nation",
                () => new Engagement(EngagementKind.Talks, "talks", Day, c).AddDelegation(thailand, c).AddMember(someone, DelegationRole.Member, c, new Post(india, "Envoy", c)),
                b => b.DelegationMembers[0] = With(b.DelegationMembers[0], b.DelegationMembers[0].Id, DelegationRole.Leader, capacity: indianPost),
                false),
            (
                "a service of another nation",
                () => new ExerciseSeries("X", c).AddEdition(c).AddParticipant(thailand, c, new Organisation(india, "Indian Army", OrganisationKind.Army, c)),
                b => b.ExerciseParticipants[1] = With(b.ExerciseParticipants[1], b.ExerciseParticipants[1].Id, service: indianArmy),
                false),
        };

        cases = [.. cases, .. ActorCases(ids, c, india, thailand, indianPost, indianPostTitle)];
        foreach (var (name, entity, spoil, sameValue) in cases)
        {
            var expected = Assert.Throws<DomainRuleException>(entity);
            var batch = SampleBatch(ids, $"rule-{name}", nations);
            spoil(batch);

            var thrown = (await ((Func<Task>)(() => importer.ImportAsync(batch))).Should().ThrowAsync<BulkDomainRuleException>(name)).Which;

            thrown.Entity.Should().Be(expected.Entity, name);
            thrown.Field.Should().Be(expected.Field, name);
            if (sameValue)
            {
                thrown.Value.Should().Be(expected.Value, name);
                thrown.Rule.Should().Be(expected.Rule, name);
            }
        }

        (await RowCounts.OfAsync(db)).Should().Equal(before);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_row_the_database_refuses_raises_what_SaveChanges_raises(DatabaseKind kind)
    {
        // India and Thailand stored with their COW numbers; then Singapore with India's number (and
        // its own abbreviation), which only the unique index on correlates_of_war_code refuses.
        await using var database = await TestDatabase.CreateMigratedAsync(kind);
        var importer = ImporterFor(database);
        await importer.ImportAsync(SampleBatch(await importer.CreateIdAllocatorAsync()));
        await using var db = database.CreateContext();
        db.Nations.Add(new Nation("SG", "SGP", "702", "Singapore", await db.Citations.FirstAsync(), 750, "SIN"));
        var saved = (await ((Func<Task>)(() => db.SaveChangesAsync())).Should().ThrowAsync<ConstraintViolationException>()).Which;
        db.ChangeTracker.Clear();
        var before = await RowCounts.OfAsync(db);
        var ids = await importer.CreateIdAllocatorAsync();
        var batch = SampleBatch(ids, "bulk-unique", await StoredNationsAsync(db));
        batch.Nations.Add(NationRowOf(ids, batch, "MY", "MYS", "458", "Malaysia"));
        batch.Nations.Add(NationRowOf(ids, batch, "SG", "SGP", "702", "Singapore", cow: 750, cowAbbreviation: "SIN"));

        var thrown = (await ((Func<Task>)(() => importer.ImportAsync(batch))).Should().ThrowAsync<BulkConstraintViolationException>()).Which;

        thrown.Should().BeAssignableTo<DbUpdateException>();
        thrown.Entity.Should().Be(saved.Entity).And.Be(nameof(Nation));
        thrown.Field.Should().Be(saved.Field).And.Be(nameof(Nation.CorrelatesOfWarCode));
        thrown.Value.Should().Be(saved.Value).And.Be(750);
        thrown.Kind.Should().Be(saved.Kind);
        thrown.ConstraintName.Should().Be(saved.ConstraintName);
        thrown.RowIndex.Should().Be(1);
        thrown.RowId.Should().Be(batch.Nations[1].Id);
        (await RowCounts.OfAsync(db)).Should().Equal(before);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_row_whose_id_is_already_stored_is_a_unique_violation_of_the_key(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var stored = await db.People.MaxAsync(p => p.Id);
        var importer = ImporterFor(database);
        var batch = SampleBatch(await importer.CreateIdAllocatorAsync(), "bulk-key", await StoredNationsAsync(db));
        var person = batch.People[0];
        batch.People[0] = new PersonRow { Id = stored, Name = person.Name, Rank = person.Rank, CitationId = person.CitationId };
        batch.DelegationMembers[0] = With(batch.DelegationMembers[0], batch.DelegationMembers[0].Id, DelegationRole.Leader, person: stored);

        var thrown = (await ((Func<Task>)(() => importer.ImportAsync(batch))).Should().ThrowAsync<BulkConstraintViolationException>()).Which;

        thrown.Entity.Should().Be(nameof(Person));
        thrown.Field.Should().Be(nameof(Person.Id));
        thrown.Kind.Should().Be(ConstraintKind.Unique);
        thrown.RowId.Should().Be(stored);
        thrown.Value.Should().Be(stored);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_reference_to_a_missing_row_is_a_foreign_key_violation_of_the_referring_entity(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(kind);
        await using var db = database.CreateContext();
        var importer = ImporterFor(database);
        var batch = SampleBatch(await importer.CreateIdAllocatorAsync(), "bulk-fk");
        batch.Delegations[0] = new DelegationRow { Id = batch.Delegations[0].Id, EngagementId = batch.Delegations[0].EngagementId, NationId = 999_999, CitationId = batch.Delegations[0].CitationId };

        var thrown = (await ((Func<Task>)(() => importer.ImportAsync(batch))).Should().ThrowAsync<BulkConstraintViolationException>()).Which;

        thrown.Entity.Should().Be(nameof(Delegation));
        thrown.Kind.Should().Be(ConstraintKind.ForeignKey);
        thrown.Message.Should().Contain("delegations");
        if (kind == DatabaseKind.PostgreSql)
        {
            // PostgreSQL names the foreign key (so the field) but checks it after the table's COPY, so not the row.
            var foreignKey = db.Model.FindEntityType(typeof(Delegation))!.GetForeignKeys().Single(f => f.Properties[0].Name == nameof(Delegation.NationId));
            thrown.ConstraintName.Should().Be(foreignKey.GetConstraintName());
            thrown.Field.Should().Be(nameof(Delegation.NationId));
        }
        else
        {
            // SQLite names neither the key nor the field, but fails on the row itself.
            thrown.RowIndex.Should().Be(0);
            thrown.RowId.Should().Be(batch.Delegations[0].Id);
        }

        (await RowCounts.OfAsync(db)).Values.Sum().Should().Be(0);
    }

    /// <summary>
    /// Organisations, memberships and other names: each entity-side case beside the bulk rows that
    /// break the same rule (a forum, its membership and an alias added to the sample batch).
    /// </summary>
    private static (string Name, Action Entity, Action<BulkImportBatch> Bulk, bool SameValue)[] ActorCases(
        BulkIdAllocator ids, Citation c, Nation india, Nation thailand, int indianPost, string indianPostTitle)
    {
        var forum = new Organisation(null, "Forum", OrganisationKind.Forum, c);
        OrganisationRow Body(BulkImportBatch b, OrganisationKind kind = OrganisationKind.Forum, int? nation = null, int? host = null, string? cowCode = null) =>
            new() { Id = ids.Next<OrganisationRow>(), NationId = nation, HostNationId = host, Name = "Forum", Kind = kind, CowCode = cowCode, CitationId = b.Citations[0].Id };
        OrganisationMembershipRow Membership(BulkImportBatch b, int? nation, ParticipationRole role = ParticipationRole.Member, PartialDate? started = null, PartialDate? ended = null, int? body = null)
        {
            if (b.Organisations.Count == 0)
            {
                b.Organisations.Add(Body(b));
            }

            return new()
            {
                Id = ids.Next<OrganisationMembershipRow>(), OrganisationId = b.Organisations[0].Id, MemberNationId = nation, MemberOrganisationId = body,
                Role = role, StartedOn = started, EndedOn = ended, CitationId = b.Citations[0].Id,
            };
        }

        OtherNameRow Alias(BulkImportBatch b, string name, string? language = null, int? post = null) =>
            new()
            {
                Id = ids.Next<OtherNameRow>(), Name = name, Kind = OtherNameKind.ShortName, Language = language,
                PersonId = post is null ? b.People[0].Id : null, PostId = post, CitationId = b.Citations[0].Id,
            };

        var y2024 = PartialDate.FromYear(2024);
        return
        [
            ("a forum with a nation", () => _ = new Organisation(india, "Forum", OrganisationKind.Forum, c), b => b.Organisations.Add(Body(b, nation: b.AgreementParties[0].NationId)), false),
            ("an army without a nation", () => _ = new Organisation(null, "Forum", OrganisationKind.Army, c), b => b.Organisations.Add(Body(b, OrganisationKind.Army)), true),
            ("a COW code of a forum", () => _ = new Organisation(null, "Forum", OrganisationKind.Forum, c, cowCode: "FRM"), b => b.Organisations.Add(Body(b, cowCode: "FRM")), true),
            (
                "an embassy hosted by its own nation",
                () => _ = new Organisation(india, "Forum", OrganisationKind.Embassy, c, india),
                b => b.Organisations.Add(Body(b, OrganisationKind.Embassy, b.AgreementParties[0].NationId, b.AgreementParties[0].NationId)),
                false),
            ("a membership role of exercises", () => forum.AddMember(india, c, ParticipationRole.Participant), b => b.OrganisationMemberships.Add(Membership(b, b.AgreementParties[0].NationId, ParticipationRole.Participant)), true),
            (
                "a membership ended before it started",
                () => forum.AddMember(india, c, ParticipationRole.Member, y2024, PartialDate.FromYear(2023)),
                b => b.OrganisationMemberships.Add(Membership(b, b.AgreementParties[0].NationId, started: y2024, ended: PartialDate.FromYear(2023))),
                true),
            (
                "a body a member of itself",
                () => forum.AddMember(forum, c),
                b =>
                {
                    b.Organisations.Add(Body(b));
                    b.OrganisationMemberships.Add(Membership(b, null, body: b.Organisations[0].Id));
                },
                false),
            (
                "a membership recorded twice",
                () => Repeat(new Organisation(null, "Forum", OrganisationKind.Forum, c), o => o.AddMember(thailand, c, ParticipationRole.Chair, y2024)),
                b =>
                {
                    b.OrganisationMemberships.Add(Membership(b, b.AgreementParties[1].NationId, ParticipationRole.Chair, y2024));
                    b.OrganisationMemberships.Add(Membership(b, b.AgreementParties[1].NationId, ParticipationRole.Chair, y2024, PartialDate.FromYear(2025)));
                },
                true),
            ("an alias with a malformed language tag", () => _ = new OtherName(new Person("Someone", c), "Som", OtherNameKind.ShortName, c, "english"), b => b.OtherNames.Add(Alias(b, "Som", "english")), true),
            (
                "an alias that is its person's own name",
                () => _ = new OtherName(new Person("Tharapong Malakam", c), "THARAPONG  malakam", OtherNameKind.ShortName, c),
                b => b.OtherNames.Add(Alias(b, "THARAPONG  malakam")),
                true),
            (
                "an alias that is a stored post's own title",
                () => _ = new OtherName(new Post(india, indianPostTitle, c), indianPostTitle.ToUpperInvariant(), OtherNameKind.ShortName, c),
                b => b.OtherNames.Add(Alias(b, indianPostTitle.ToUpperInvariant(), post: indianPost)),
                true),
        ];
    }

    private static void Repeat<T>(T owner, Action<T> add)
    {
        add(owner);
        add(owner);
    }

    /// <summary>A nation row citing the batch's first passage.</summary>
    private static NationRow NationRowOf(BulkIdAllocator ids, BulkImportBatch b, string alpha2, string alpha3, string numeric, string name, int? cow = null, string? cowAbbreviation = null) =>
        new()
        {
            Id = ids.Next<NationRow>(), Alpha2Code = alpha2, Alpha3Code = alpha3, NumericCode = numeric, Name = name,
            CorrelatesOfWarCode = cow, CorrelatesOfWarAbbreviation = cowAbbreviation, CitationId = b.Citations[0].Id,
        };

    private static SourceDocumentRow With(SourceDocumentRow r, string key) =>
        new() { Id = r.Id, Key = key, Title = r.Title, PublishedOn = r.PublishedOn, Text = r.Text };

    private static PersonRow With(PersonRow r, string? rank) =>
        new() { Id = r.Id, Name = r.Name, Rank = rank, CitationId = r.CitationId };

    private static EngagementRow With(EngagementRow r, EngagementKind kind) =>
        new() { Id = r.Id, Kind = kind, Subject = r.Subject, HeldOn = r.HeldOn, CitationId = r.CitationId };

    private static AgreementRow With(AgreementRow r, PartialDate? ended) =>
        new()
        {
            Id = r.Id, Title = r.Title, Kind = r.Kind, Status = r.Status, Subject = r.Subject, ConcludedOn = r.ConcludedOn,
            EnteredIntoForceOn = r.EnteredIntoForceOn, EndedOn = ended, EngagementId = r.EngagementId, CitationId = r.CitationId,
        };

    private static MilitaryExerciseRow With(MilitaryExerciseRow r, PartialDate? started, PartialDate? ended) =>
        new() { Id = r.Id, SeriesId = r.SeriesId, Name = r.Name, StartedOn = started, EndedOn = ended, CitationId = r.CitationId };

    private static CitationRow With(CitationRow r, string passage) =>
        new() { Id = r.Id, SourceDocumentId = r.SourceDocumentId, Passage = passage, StartIndex = 0 };

    private static DelegationRow With(DelegationRow r, int id) =>
        new() { Id = id, EngagementId = r.EngagementId, NationId = r.NationId, CitationId = r.CitationId };

    private static DelegationMemberRow With(DelegationMemberRow r, int id, DelegationRole role, int? person = null, int? capacity = null) =>
        new() { Id = id, DelegationId = r.DelegationId, PersonId = person ?? r.PersonId, Role = role, CapacityPostId = capacity ?? r.CapacityPostId, CitationId = r.CitationId };

    private static ExerciseParticipantRow With(ExerciseParticipantRow r, int id, int? service = null) =>
        new() { Id = id, ExerciseId = r.ExerciseId, NationId = r.NationId, ServiceOrganisationId = service ?? r.ServiceOrganisationId, CitationId = r.CitationId };
}
