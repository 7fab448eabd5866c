using System.Data.Common;
using System.Text;
using System.Text.RegularExpressions;
using DefenceTies.Bulk;
using DefenceTies.Model;
using DefenceTies.Querying;
using DefenceTies.Tests.Bulk;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Performance;

/// <summary>
/// Each headline question of docs/performance.md is answered from indexes, not by scanning a large
/// table. The database gets a few thousand generated rows through the bulk path and fresh planner
/// statistics (ANALYZE), then the SQL EF Core generates for each question (with its parameters) is
/// explained: SQLite must SEARCH every table (a SCAN is allowed only of a subquery's own result),
/// PostgreSQL must not Seq Scan any of the large tables. The planner is never forced.
/// </summary>
public partial class QueryPlanTests
{
    private static readonly string[] LargeTables =
    [
        "agreements", "agreement_parties", "engagements", "delegations", "delegation_members",
        "military_exercises", "exercise_participants", "citations", "people",
        "organisation_memberships", "other_names", "organisations",
    ];

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Headline_queries_use_indexes(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(kind);
        await ImportAsync(BulkImportTests.ImporterFor(database));
        await using var db = database.CreateContext();
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
        var on = PartialDate.FromYearMonthDay(2024, 12, 12);
        var questions = new (string Name, IQueryable Query, int Answer)[]
        {
            ("agreements between", db.Agreements.Between("IN", "TH").Select(a => new { a.Id, a.Title }), 20),
            ("agreements in force", db.Agreements.InForceOn(new DateOnly(1955, 6, 1)).Select(a => new { a.Id, a.Title }), 10),
            ("delegation leaders", db.Delegations.Where(d => d.Engagement.HeldOn == on).WithLeaders(), 2),
            ("exercises involving", db.MilitaryExercises.Involving("IN").Select(x => new { x.Id, x.Name }), 10),
            ("facts citing a source", db.Agreements.CitingSource("plan-report-0").Select(a => new { a.Id, a.Title }), 100),
            ("relationship timeline", db.RelationshipTimeline("IN", "TH"), 22),
            ("nation by code", db.Nations.Where(n => n.Alpha2Code == "TH").Select(n => new { n.Id, n.Name }), 1),
            ("person known as", db.People.KnownAs("the planted envoy").Select(p => new { p.Id, p.Name }), 1),
            ("organisation known as", db.Organisations.KnownAs("plf").Select(o => new { o.Id, o.Name }), 1),
            ("members of a body on a day", db.OrganisationMemberships.InBody("Planted Forum").On(new DateOnly(2024, 6, 1)).Select(m => new { m.Id, m.Role }), 3),
        };

        var problems = new List<string>();
        await db.Database.OpenConnectionAsync();
        foreach (var (name, query, answer) in questions)
        {
            query.ToQueryString().Should().NotBeNullOrEmpty();
            var rows = await CountRowsAsync(query.CreateDbCommand());
            rows.Should().Be(answer, $"the planted answer to '{name}'");
            var plan = await QueryPlans.ExplainAsync(query.CreateDbCommand(), kind == DatabaseKind.PostgreSql);
            var scans = kind == DatabaseKind.PostgreSql ? PostgreSqlScans(plan) : SqliteScans(plan);
            // PostgreSQL rightly reads a one-page table (40 nations) with a Seq Scan; SQLite always
            // has the choice, so there the plan must also name an index or a key.
            if (scans.Count > 0 || (kind != DatabaseKind.PostgreSql && !UsesIndex(plan)))
            {
                problems.Add($"{name}: {string.Join(", ", scans)}\n{string.Join('\n', plan)}");
            }
        }

        problems.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Subqueries_read_their_own_table_and_never_repeat_the_source(DatabaseKind kind)
    {
        // The IN lists of Between and Involving read the link table alone, so composing calls (or
        // filtering first) adds one IN list each, never a copy of the outer query inside them.
        await using var database = await TestDatabase.CreateMigratedAsync(kind);
        await using var db = database.CreateContext();
        var questions = new (IQueryable Query, string Table)[]
        {
            (db.Agreements.Where(a => a.Subject != "x").Between("IN", "TH"), "agreements"),
            (db.Engagements.Where(e => e.Subject != "x").Between("IN", "TH"), "engagements"),
            (db.MilitaryExercises.Where(x => x.Name != "x").Involving("IN").Involving("TH"), "military_exercises"),
        };

        foreach (var (query, table) in questions)
        {
            var sql = query.ToQueryString();
            Regex.Count(sql, $@"\b{table}\b").Should().Be(1, $"only the outer query reads {table}:\n{sql}");
            Regex.Count(sql, @"\bIN \(").Should().Be(2, $"one IN list per nation, side by side:\n{sql}");
        }

        var timeline = db.RelationshipTimeline("IN", "TH").ToQueryString();
        Regex.Count(timeline, @"\bIN \(").Should().Be(14, $"two IN lists per kind of event, four per direction of a deal (its nation or its bodies), none nested:\n{timeline}");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Corroborations_are_read_through_their_index_after_analyze(DatabaseKind kind)
    {
        // corroborates_id is NULL for almost every citation; with a full index, SQLite's statistics
        // call the index useless and every fact's corroborations become a scan of all citations.
        await using var database = await TestDatabase.CreateMigratedAsync(kind);
        await ImportAsync(BulkImportTests.ImporterFor(database));
        await using var db = database.CreateContext();
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
        var query = db.Agreements.Between("IN", "TH").Select(a => new { a.Id, Corroborations = a.Citation.Corroborations.Select(c => c.Passage).ToList() });
        await db.Database.OpenConnectionAsync();

        var rows = await CountRowsAsync(query.CreateDbCommand());
        var plan = await QueryPlans.ExplainAsync(query.CreateDbCommand(), kind == DatabaseKind.PostgreSql);

        rows.Should().Be(20);
        if (kind == DatabaseKind.PostgreSql)
        {
            plan.Should().NotContain(line => line.Contains("Seq Scan on citations", StringComparison.Ordinal), string.Join('\n', plan));
        }
        else
        {
            plan.Should().Contain(line => line.Contains("ix_citations_corroborates_id", StringComparison.Ordinal), string.Join('\n', plan));
        }
    }

    private static async Task<int> CountRowsAsync(DbCommand command)
    {
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync())
        {
            rows++;
        }

        return rows;
    }

    /// <summary>SQLite SCANs of anything but a subquery's result (a co-routine or materialised view).</summary>
    private static List<string> SqliteScans(List<string> plan)
    {
        var subqueries = plan.Select(l => SubqueryName().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToHashSet();
        return plan.Where(l => l.StartsWith("SCAN ", StringComparison.Ordinal) && !subqueries.Contains(l["SCAN ".Length..].Split(' ')[0])).ToList();
    }

    private static List<string> PostgreSqlScans(List<string> plan) =>
        plan.Where(l => LargeTables.Any(t => Regex.IsMatch(l, $@"Seq Scan on {t}\b"))).ToList();

    private static bool UsesIndex(List<string> plan) =>
        plan.Any(l => l.Contains("USING INDEX", StringComparison.Ordinal) || l.Contains("USING COVERING INDEX", StringComparison.Ordinal)
                      || l.Contains("USING INTEGER PRIMARY KEY", StringComparison.Ordinal));

    [GeneratedRegex(@"^(?:CO-ROUTINE|MATERIALIZE) (\S+)")]
    private static partial Regex SubqueryName();

    /// <summary>
    /// 40 nations; 4,000 agreements between random pairs of the other nations dated 1960-2019, and
    /// 20 IN-TH ones plus 10 IN treaties in force in 1955; 1,000 talks (one IN-TH, on 2024-12-12) with
    /// two led delegations each; 1,000 exercises (10 with India, one with Thailand). Each report
    /// document holds 100 agreements. As the COW IGO data and Wikidata would bring them: 200
    /// international organisations with 10 members each over dated terms, an acronym each and an
    /// alias of every envoy, beside 1,800 companies (so organisations is no one-page table); the planted forum (acronym PLF) has India and Thailand as members since
    /// 2000, Thailand as its chair in 2024 and a member that left in 2010; one envoy of the planted
    /// talks is also "The Planted Envoy".
    /// </summary>
    private static async Task ImportAsync(DefenceTiesBulkImporter importer)
    {
        var random = new Random(7);
        var ids = await importer.CreateIdAllocatorAsync();
        var batch = new BulkImportBatch();
        var text = new StringBuilder();
        var citations = new List<CitationRow>();
        var document = 0;
        int Cite(string sentence)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            citations.Add(new CitationRow { Id = ids.Next<CitationRow>(), SourceDocumentId = document, Passage = sentence, StartIndex = text.Length });
            text.Append(sentence);
            return citations[^1].Id;
        }

        void Begin()
        {
            document = ids.Next<SourceDocumentRow>();
            text.Clear();
        }

        void End(string key)
        {
            batch.SourceDocuments.Add(new SourceDocumentRow { Id = document, Key = key, PublishedOn = PartialDate.FromYear(2024), Text = text.ToString() });
            foreach (var c in citations)
            {
                batch.Citations.Add(c);
            }

            citations.Clear();
        }

        void Agreement(int a, int b, PartialDate concluded, PartialDate? inForce, int cite)
        {
            var id = ids.Next<AgreementRow>();
            batch.Agreements.Add(new AgreementRow
            {
                Id = id, Title = $"Agreement {id}", Kind = AgreementKind.Treaty, Status = inForce is null ? AgreementStatus.Signed : AgreementStatus.InForce,
                Subject = "defence cooperation", ConcludedOn = concluded, EnteredIntoForceOn = inForce, CitationId = cite,
            });
            foreach (var nation in new[] { a, b })
            {
                batch.AgreementParties.Add(new AgreementPartyRow { Id = ids.Next<AgreementPartyRow>(), AgreementId = id, NationId = nation, CitationId = cite });
            }
        }

        void Talks(int a, int b, PartialDate on, int cite)
        {
            var engagement = ids.Next<EngagementRow>();
            batch.Engagements.Add(new EngagementRow { Id = engagement, Kind = EngagementKind.Talks, Subject = "defence cooperation", HeldOn = on, CitationId = cite });
            foreach (var nation in new[] { a, b })
            {
                var delegation = ids.Next<DelegationRow>();
                var person = ids.Next<PersonRow>();
                batch.Delegations.Add(new DelegationRow { Id = delegation, EngagementId = engagement, NationId = nation, CitationId = cite });
                batch.People.Add(new PersonRow { Id = person, Name = $"Envoy {person}", CitationId = cite });
                batch.OtherNames.Add(new OtherNameRow { Id = ids.Next<OtherNameRow>(), Name = $"Envoy alias {person}", Kind = OtherNameKind.ShortName, PersonId = person, CitationId = cite });
                batch.DelegationMembers.Add(new DelegationMemberRow { Id = ids.Next<DelegationMemberRow>(), DelegationId = delegation, PersonId = person, Role = DelegationRole.Leader, CitationId = cite });
            }
        }

        int Body(string name, string acronym, int cite)
        {
            var body = ids.Next<OrganisationRow>();
            batch.Organisations.Add(new OrganisationRow { Id = body, Name = name, Kind = OrganisationKind.InternationalOrganisation, CitationId = cite });
            batch.OtherNames.Add(new OtherNameRow { Id = ids.Next<OtherNameRow>(), Name = acronym, Kind = OtherNameKind.Acronym, OrganisationId = body, CitationId = cite });
            return body;
        }

        void Member(int body, int nation, ParticipationRole role, PartialDate started, PartialDate? ended, int cite) =>
            batch.OrganisationMemberships.Add(new OrganisationMembershipRow
            {
                Id = ids.Next<OrganisationMembershipRow>(), OrganisationId = body, MemberNationId = nation, Role = role, StartedOn = started, EndedOn = ended, CitationId = cite,
            });

        void Exercise(int a, int b, int cite)
        {
            var series = ids.Next<ExerciseSeriesRow>();
            var exercise = ids.Next<MilitaryExerciseRow>();
            batch.ExerciseSeries.Add(new ExerciseSeriesRow { Id = series, Name = $"EX-{exercise}", CitationId = cite });
            batch.MilitaryExercises.Add(new MilitaryExerciseRow { Id = exercise, SeriesId = series, StartedOn = PartialDate.FromYear(1960 + (exercise % 60)), CitationId = cite });
            foreach (var nation in new[] { a, b })
            {
                batch.ExerciseParticipants.Add(new ExerciseParticipantRow { Id = ids.Next<ExerciseParticipantRow>(), ExerciseId = exercise, NationId = nation, CitationId = cite });
            }
        }

        Begin();
        var nations = new List<int>();
        // Nations must be assigned ISO 3166-1 entries: India, Thailand and the first 38 others of the
        // reference list (entries whose name is quoted are skipped, to read the line by splitting it).
        var entries = File.ReadLines(Path.Combine(RepositoryPaths.Root, "src", "DefenceTies", "Reference", "nation-codes.csv"))
            .Skip(1)
            .Where(line => !line.Contains('"', StringComparison.Ordinal))
            .Select(line => line.Split(','))
            .OrderBy(f => f[0] switch { "IN" => 0, "TH" => 1, _ => 2 })
            .Take(40);
        foreach (var f in entries)
        {
            var cite = Cite($"Nation {f[0]} is listed.");
            nations.Add(ids.Next<NationRow>());
            batch.Nations.Add(new NationRow { Id = nations[^1], Alpha2Code = f[0], Alpha3Code = f[1], NumericCode = f[2], Name = f[3], CitationId = cite });
        }

        var (india, thailand) = (nations[0], nations[1]);
        var planted = Cite("India and Thailand have long cooperated on defence.");
        for (var i = 0; i < 20; i++)
        {
            Agreement(india, thailand, PartialDate.FromYear(2020 + (i % 5)), null, planted);
        }

        for (var i = 0; i < 10; i++)
        {
            Agreement(india, nations[2 + i], PartialDate.FromYear(1950), PartialDate.FromYear(1951 + (i % 4)), planted);
            Exercise(india, i == 0 ? thailand : nations[2 + i], planted);
        }

        Talks(india, thailand, PartialDate.FromYearMonthDay(2024, 12, 12), planted);
        batch.OtherNames.Add(new OtherNameRow { Id = ids.Next<OtherNameRow>(), Name = "The Planted Envoy", Kind = OtherNameKind.ShortName, PersonId = batch.People[^1].Id, CitationId = planted });
        var forum = Body("Planted Forum", "PLF", planted);
        Member(forum, india, ParticipationRole.Member, PartialDate.FromYear(2000), null, planted);
        Member(forum, thailand, ParticipationRole.Member, PartialDate.FromYear(2000), null, planted);
        Member(forum, thailand, ParticipationRole.Chair, PartialDate.FromYear(2024), PartialDate.FromYear(2024), planted);
        Member(forum, nations[2], ParticipationRole.Member, PartialDate.FromYear(1990), PartialDate.FromYear(2010), planted);
        End("plan-planted");

        (int, int) Pair()
        {
            var a = nations[2 + random.Next(38)];
            var b = nations[2 + random.Next(38)];
            return a == b ? Pair() : (a, b);
        }

        PartialDate Date() => PartialDate.FromYearMonthDay(1960 + random.Next(60), 1 + random.Next(12), 1 + random.Next(28));
        for (var report = 0; report < 40; report++)
        {
            Begin();
            for (var i = 0; i < 100; i++)
            {
                var (a, b) = Pair();
                var concluded = Date();
                Agreement(a, b, concluded, random.Next(2) == 0 ? concluded : null, Cite($"Agreement {report}-{i} was concluded."));
            }

            for (var i = 0; i < 25; i++)
            {
                var (a, b) = Pair();
                Talks(a, b, Date(), Cite($"Talks {report}-{i} were held."));
                (a, b) = Pair();
                Exercise(a, b, Cite($"Exercise {report}-{i} was held."));
            }

            for (var i = 0; i < 5; i++)
            {
                var body = Body($"Organisation {report}-{i}", $"IGO{report}X{i}", Cite($"Organisation {report}-{i} was founded."));
                var cite = Cite($"Organisation {report}-{i} lists its members.");
                foreach (var nation in nations.Skip(2).OrderBy(_ => random.Next()).Take(10))
                {
                    var started = 1950 + random.Next(60);
                    Member(body, nation, ParticipationRole.Member, PartialDate.FromYear(started), random.Next(2) == 0 ? PartialDate.FromYear(started + random.Next(10)) : null, cite);
                }
            }

            var companies = Cite($"Report {report} names its companies.");
            for (var i = 0; i < 45; i++)
            {
                batch.Organisations.Add(new OrganisationRow { Id = ids.Next<OrganisationRow>(), NationId = nations[2 + random.Next(38)], Name = $"Company {report}-{i}", Kind = OrganisationKind.Company, CitationId = companies });
            }

            End($"plan-report-{report}");
        }

        await importer.ImportAsync(batch);
    }
}
