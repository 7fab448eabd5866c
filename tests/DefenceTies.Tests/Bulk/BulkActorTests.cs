using DefenceTies.Bulk;
using DefenceTies.Model;
using DefenceTies.Querying;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DefenceTies.Tests.Bulk.BulkImportTests;

namespace DefenceTies.Tests.Bulk;

/// <summary>
/// The actors that datasets bring by the thousand (COW IGO memberships, Wikidata aliases) through
/// the bulk path: a forum with its members' roles and terms, a company, and other names of a person,
/// an organisation and an agreement read back through the query API; a bad row of each of their
/// tables is refused by table, position, entity and field, and nothing is stored.
/// </summary>
public class BulkActorTests
{
    private const string Forum = "Bulk Defence Forum";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Bodies_memberships_and_other_names_are_stored_and_found_and_a_bad_row_stores_nothing(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(kind);
        var importer = ImporterFor(database);
        var ids = await importer.CreateIdAllocatorAsync();
        await using var db = database.CreateContext();
        var bad = new (string Table, int Index, string Entity, string Field, Action<BulkImportBatch> Spoil)[]
        {
            (
                "organisations", 2, nameof(Organisation), nameof(Organisation.Nation),
                b => b.Organisations.Add(new OrganisationRow { Id = ids.Next<OrganisationRow>(), NationId = b.Nations[0].Id, Name = "A national forum", Kind = OrganisationKind.Forum, CitationId = b.Citations[0].Id })),
            (
                "organisation_memberships", 4, nameof(OrganisationMembership), nameof(OrganisationMembership.MemberNation),
                b => b.OrganisationMemberships.Add(new OrganisationMembershipRow
                {
                    Id = ids.Next<OrganisationMembershipRow>(), OrganisationId = b.Organisations[0].Id, MemberNationId = b.Nations[0].Id, MemberOrganisationId = b.Organisations[1].Id, CitationId = b.Citations[0].Id,
                })),
            (
                "other_names", 4, nameof(OtherName), "Owner",
                b => b.OtherNames.Add(new OtherNameRow { Id = ids.Next<OtherNameRow>(), Name = "Both", Kind = OtherNameKind.ShortName, PersonId = b.People[0].Id, AgreementId = b.Agreements[0].Id, CitationId = b.Citations[0].Id })),
        };

        foreach (var (table, index, entity, field, spoil) in bad)
        {
            var batch = ActorBatch(ids, $"bulk-bad-{table}");
            spoil(batch);

            var thrown = (await ((Func<Task>)(() => importer.ImportAsync(batch))).Should().ThrowAsync<BulkDomainRuleException>(table)).Which;

            thrown.Entity.Should().Be(entity);
            thrown.Field.Should().Be(field);
            thrown.RowIndex.Should().Be(index);
            thrown.Message.Should().Contain($"{table} row {index}");
        }

        (await RowCounts.OfAsync(db)).Values.Sum().Should().Be(0);

        await importer.ImportAsync(ActorBatch(ids, "bulk-actors"));

        (await db.OrganisationMemberships.InBody(Forum).On(new DateOnly(2024, 6, 1)).Select(m => $"{m.MemberNation!.Alpha2Code} {m.Role}").ToListAsync())
            .Should().BeEquivalentTo("IN Member", "TH Member", "TH Chair");
        (await db.OrganisationMemberships.InBody(Forum).On(new DateOnly(2008, 1, 1)).Select(m => $"{m.MemberNation!.Alpha2Code} {m.Role}").ToListAsync())
            .Should().Equal("TH Member");
        (await db.People.KnownAs("gen  THARAPONG").Select(p => p.Name).ToListAsync()).Should().Equal("Tharapong Malakam");
        (await db.Organisations.KnownAs("bdf").Select(o => new { o.Name, o.NationId }).ToListAsync()).Should().Equal(new { Name = (string?)Forum, NationId = (int?)null });
        (await db.Organisations.KnownAs("BDL").Select(o => $"{o.Name} {o.Kind} {o.Nation!.Alpha2Code}").ToListAsync()).Should().Equal("Bulk Dynamics Ltd Company IN");
        (await db.Agreements.KnownAs("the 2012 mou").Select(a => a.Title).ToListAsync()).Should().Equal("MoU on defence cooperation");
    }

    /// <summary>
    /// The sample batch (India, Thailand, a general, an MoU) with a forum and a company; India a
    /// member of the forum since 2010 and its chair in 2020, Thailand a member since 2006 and its
    /// chair in 2024; and an alias each of the general, the forum, the company and the MoU.
    /// </summary>
    private static BulkImportBatch ActorBatch(BulkIdAllocator ids, string documentKey)
    {
        var batch = SampleBatch(ids, documentKey);
        var cite = batch.Citations[0].Id;
        var (india, thailand) = (batch.Nations[0].Id, batch.Nations[1].Id);
        var forum = ids.Next<OrganisationRow>();
        batch.Organisations.Add(new OrganisationRow { Id = forum, Name = Forum, Kind = OrganisationKind.Forum, CitationId = cite });
        var company = ids.Next<OrganisationRow>();
        batch.Organisations.Add(new OrganisationRow { Id = company, NationId = india, Name = "Bulk Dynamics Ltd", Kind = OrganisationKind.Company, CitationId = cite });
        void Member(int nation, ParticipationRole role, int started, int? ended = null) =>
            batch.OrganisationMemberships.Add(new OrganisationMembershipRow
            {
                Id = ids.Next<OrganisationMembershipRow>(), OrganisationId = forum, MemberNationId = nation, Role = role,
                StartedOn = PartialDate.FromYear(started), EndedOn = ended is { } e ? PartialDate.FromYear(e) : null, CitationId = cite,
            });

        Member(india, ParticipationRole.Member, 2010);
        Member(india, ParticipationRole.Chair, 2020, 2020);
        Member(thailand, ParticipationRole.Member, 2006);
        Member(thailand, ParticipationRole.Chair, 2024, 2024);
        void Alias(string name, OtherNameKind kind, int? person = null, int? organisation = null, int? agreement = null) =>
            batch.OtherNames.Add(new OtherNameRow { Id = ids.Next<OtherNameRow>(), Name = name, Kind = kind, PersonId = person, OrganisationId = organisation, AgreementId = agreement, CitationId = cite });

        Alias("Gen Tharapong", OtherNameKind.ShortName, person: batch.People[0].Id);
        Alias("BDF", OtherNameKind.Acronym, organisation: forum);
        Alias("BDL", OtherNameKind.Acronym, organisation: company);
        Alias("The 2012 MoU", OtherNameKind.ShortName, agreement: batch.Agreements[0].Id);
        return batch;
    }
}
