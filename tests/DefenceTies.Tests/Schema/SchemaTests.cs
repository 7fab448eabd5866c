using DefenceTies.Model;
using System.Data.Common;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Schema;

public class SchemaTests(SharedDatabases shared) : IClassFixture<SharedDatabases>
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_migrations_match_the_model(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(kind);
        await using var db = database.CreateContext();

        db.Database.HasPendingModelChanges().Should().BeFalse("a model change needs a migration");
        (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
    }

    [Fact]
    public void No_relationship_cascades_deletes()
    {
        using var db = new DefenceTiesDbContext(new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesSqlite("Data Source=:memory:").Options);

        var cascading = db.Model.GetEntityTypes().SelectMany(t => t.GetForeignKeys()).Where(f => f.DeleteBehavior != DeleteBehavior.Restrict);

        cascading.Should().BeEmpty();
    }

    [Fact]
    public void Enums_are_stored_as_bounded_strings()
    {
        using var db = new DefenceTiesDbContext(new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesSqlite("Data Source=:memory:").Options);

        var enumProperties = db.Model.GetEntityTypes().SelectMany(t => t.GetProperties()).Where(p => (Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType).IsEnum).ToList();

        enumProperties.Should().NotBeEmpty();
        enumProperties.Should().OnlyContain(p => p.GetProviderClrType() == typeof(string) && p.GetMaxLength() != null);
    }

    public static TheoryData<DatabaseKind, string, string> BrokenRules
    {
        get
        {
            var data = new TheoryData<DatabaseKind, string, string>();
            foreach (var kind in Enum.GetValues<DatabaseKind>())
            {
                foreach (var (insert, constraint) in RawInserts)
                {
                    data.Add(kind, insert, constraint);
                }
            }

            return data;
        }
    }

    private static readonly (string Insert, string Constraint)[] RawInserts =
    [
        ("INSERT INTO nations (alpha2_code, alpha3_code, numeric_code, name, citation_id) VALUES ('in', 'IND', '356', 'x', 1)", "ck_nations_alpha2_code"),
        ("INSERT INTO nations (alpha2_code, alpha3_code, numeric_code, name, citation_id) VALUES ('XX', 'XXX', '35', 'x', 1)", "ck_nations_numeric_code"),
        ("INSERT INTO nations (alpha2_code, alpha3_code, numeric_code, name, citation_id, correlates_of_war_code, correlates_of_war_abbreviation) VALUES ('XX', 'XXX', '999', 'x', 1, 1000, 'XXX')", "ck_nations_correlates_of_war_code"),
        ("INSERT INTO nations (alpha2_code, alpha3_code, numeric_code, name, citation_id, correlates_of_war_code) VALUES ('XX', 'XXX', '999', 'x', 1, 999)", "ck_nations_correlates_of_war_code_paired"),
        ("INSERT INTO nations (alpha2_code, alpha3_code, numeric_code, name, citation_id, gleditsch_ward_code, gleditsch_ward_abbreviation) VALUES ('XX', 'XXX', '999', 'x', 1, 999, 'xxx')", "ck_nations_gleditsch_ward_abbreviation"),
        ("INSERT INTO regions (name, kind, citation_id) VALUES (' ', 'MaritimeArea', 1)", "ck_regions_name_not_blank"),
        ("INSERT INTO regions (name, kind, citation_id) VALUES ('Gulf', 'Lake', 1)", "ck_regions_kind"),
        ("INSERT INTO agreements (title, kind, status, subject, concluded_on, citation_id) VALUES ('t', 'Treaty', 'Signed', 's', '2012-1', 1)", "ck_agreements_concluded_on_format"),
        ("INSERT INTO agreements (title, kind, status, subject, concluded_on, ended_on, citation_id) VALUES ('t', 'Treaty', 'Ended', 's', '2012-05', '2011', 1)", "ck_agreements_ended_on_not_before_concluded_on"),
        ("INSERT INTO policy_links (from_policy_id, kind, to_policy_id, citation_id) VALUES (1, 'Complements', 1, 1)", "ck_policy_links_to_policy_id_differs"),
        ("INSERT INTO statements (form, content, citation_id) VALUES ('ReportedSpeech', 'x', 1)", "ck_statements_one_speaker"),
        ("INSERT INTO statements (form, content, speaker_person_id, speaker_organisation_id, citation_id) VALUES ('ReportedSpeech', 'x', 1, 1, 1)", "ck_statements_one_speaker"),
        ("INSERT INTO nations (alpha2_code, alpha3_code, numeric_code, name, citation_id) VALUES ('XX', 'xxx', '999', 'x', 1)", "ck_nations_alpha3_code"),
        ("INSERT INTO nations (alpha2_code, alpha3_code, numeric_code, name, citation_id) VALUES ('XX', 'XXX', '999', '" + new string('n', 201) + "', 1)", "ck_nations_name_not_blank|value too long for type character varying(200)"),
        ("INSERT INTO engagements (kind, subject, held_on, citation_id) VALUES ('Talks', 's', '2024-13', 1)", "ck_engagements_held_on_format"),
        ("INSERT INTO engagements (kind, subject, held_on, citation_id) VALUES ('Talks', 's', '2024-12-32', 1)", "ck_engagements_held_on_format"),
        ("INSERT INTO engagements (kind, subject, held_on, citation_id) VALUES ('Talks', 's', '0000', 1)", "ck_engagements_held_on_format"),
        ("INSERT INTO engagements (kind, subject, held_on, citation_id) VALUES ('Summit', 's', '2024', 1)", "ck_engagements_kind"),
        ("INSERT INTO post_holdings (person_id, post_id, started_on, ended_on, citation_id) VALUES (1, 1, '2012-05', '2011-12', 1)", "ck_post_holdings_ended_on_not_before_started_on"),
        ("INSERT INTO citations (source_document_id, passage, start_index, length, support) VALUES (1, 'India', 0, 9, 'Stated')", "ck_citations_length"),
        ("INSERT INTO citations (source_document_id, passage, start_index, length, support) VALUES (1, 'India', -1, 5, 'Stated')", "ck_citations_start_index"),
        ("INSERT INTO citations (source_document_id, passage, start_index, length, support) VALUES (1, 'India', 0, 5, 'Implied')", "ck_citations_implied_note"),
        ("INSERT INTO citations (source_document_id, passage, start_index, length, support) VALUES (1, 'India', 0, 5, 'Rumoured')", "ck_citations_support"),
        ("INSERT INTO nation_relations (subject_nation_id, kind, counterpart_nation_id, citation_id) VALUES (1, 'MaritimeNeighbour', 1, 1)", "ck_nation_relations_counterpart_nation_id_differs"),
        ("INSERT INTO delegation_members (delegation_id, person_id, role, citation_id) VALUES (1, 3, 'Observer', 1)", "ck_delegation_members_role"),
        ("INSERT INTO organisations (nation_id, name, kind, host_nation_id, citation_id) VALUES (1, 'Embassy', 'Embassy', 1, 1)", "ck_organisations_host_nation_id_differs"),
        ("INSERT INTO posts (nation_id, title, name_key, accredited_to_id, citation_id) VALUES (1, 'Ambassador to itself', 'ambassador to itself', 1, 1)", "ck_posts_accredited_to_id_differs"),
        ("INSERT INTO posts (nation_id, title, name_key, accredited_to_id, citation_id) VALUES (1, 'Ambassador to nowhere', 'ambassador to nowhere', 999, 1)", "FOREIGN KEY|fk_posts_nations_accredited_to_id"),
        ("INSERT INTO agreement_parties (agreement_id, nation_id, citation_id) VALUES (1, (SELECT id FROM nations WHERE alpha2_code = 'IN'), 1)", "ix_agreement_parties_agreement_id_nation_id|UNIQUE constraint failed: agreement_parties.agreement_id"),
        ("INSERT INTO agreement_parties (agreement_id, nation_id, citation_id) VALUES (1, 999, 1)", "FOREIGN KEY|fk_agreement_parties_nations_nation_id"),
    ];

    [Theory]
    [MemberData(nameof(BrokenRules))]
    public async Task The_database_itself_refuses_rows_that_break_a_rule(DatabaseKind kind, string insert, string constraint)
    {
        // One database per kind for every row: a refused INSERT changes nothing, which the test checks.
        var database = await shared.GetAsync(kind);
        await using var db = database.CreateContext();
        var before = await RowCounts.OfAsync(db);

        var act = () => db.Database.ExecuteSqlRawAsync(insert);

        // Raw SQL through the context is translated like every other write (the provider's own
        // error kept as the inner exception); PostgreSQL's length limit is a type error, not a
        // constraint, and stays the provider's.
        var error = (await act.Should().ThrowAsync<Exception>()).Which;
        var refused = error is ConstraintViolationException violation ? violation.InnerException : error;
        refused.Should().BeAssignableTo<DbException>().Which.Message.Should().ContainAny(constraint.Split('|'));
        (await RowCounts.OfAsync(db)).Should().Equal(before);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_delegation_has_at_most_one_leader_in_the_database(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var delegation = await db.Delegations.Select(d => new { d.Id, d.CitationId }).FirstAsync();
        var otherPerson = await db.People.Where(p => !db.DelegationMembers.Any(m => m.PersonId == p.Id)).Select(p => p.Id).FirstAsync();

        var act = () => db.Database.ExecuteSqlInterpolatedAsync($"INSERT INTO delegation_members (delegation_id, person_id, role, citation_id) VALUES ({delegation.Id}, {otherPerson}, 'Leader', {delegation.CitationId})");

        (await act.Should().ThrowAsync<ConstraintViolationException>()).Which.InnerException!.Message.Should().ContainAny("UNIQUE", "ux_delegation_members_one_leader");
    }
}
