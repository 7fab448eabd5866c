using System.Data.Common;
using DefenceTies.Model;
using DefenceTies.Querying;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Benchmarks;

public sealed record AgreementSummary(int Id, string Title, PartialDate? Date);

public sealed record ExerciseSummary(int Id, string Name, PartialDate? StartedOn);

public sealed record NationSummary(int Id, string Name);

/// <summary>
/// The headline questions, each asked three ways with the same answer: through the query API
/// (DefenceTies.Querying, AsNoTracking), as the same LINQ compiled once with EF.CompileAsyncQuery,
/// and as hand-written SQL over ADO.NET (the baseline). The planted answers are the same at every
/// scale (see <see cref="ScaleGenerator"/>).
/// </summary>
public static class HeadlineQueries
{
    public const string Nation = "IN";
    public const string OtherNation = "TH";
    public static readonly DateOnly InForceDay = new(1955, 6, 1);
    public static readonly PartialDate TalksDay = PartialDate.FromYearMonthDay(2024, 12, 12);

    // ---- Query API -------------------------------------------------------------------------

    public static Task<List<AgreementSummary>> AgreementsBetween(DefenceTiesDbContext db, string a, string b) =>
        db.Agreements.AsNoTracking().Between(a, b).Select(x => new AgreementSummary(x.Id, x.Title ?? x.Subject, x.ConcludedOn)).ToListAsync();

    public static Task<List<AgreementSummary>> AgreementsInForce(DefenceTiesDbContext db, DateOnly day) =>
        db.Agreements.AsNoTracking().InForceOn(day).Select(x => new AgreementSummary(x.Id, x.Title ?? x.Subject, x.EnteredIntoForceOn)).ToListAsync();

    public static Task<List<DelegationLeader>> Leaders(DefenceTiesDbContext db, PartialDate heldOn) =>
        db.Delegations.AsNoTracking().Where(d => d.Engagement.HeldOn == heldOn).WithLeaders().ToListAsync();

    public static Task<List<ExerciseSummary>> ExercisesInvolving(DefenceTiesDbContext db, string nation) =>
        db.MilitaryExercises.AsNoTracking().Involving(nation).Select(x => new ExerciseSummary(x.Id, x.Name ?? x.Series.Name, x.StartedOn)).ToListAsync();

    public static Task<List<AgreementSummary>> AgreementsCitingSource(DefenceTiesDbContext db, string key) =>
        db.Agreements.AsNoTracking().CitingSource(key).Select(x => new AgreementSummary(x.Id, x.Title ?? x.Subject, x.ConcludedOn)).ToListAsync();

    public static Task<List<TimelineEntry>> Timeline(DefenceTiesDbContext db, string a, string b) =>
        db.RelationshipTimeline(a, b).ToListAsync();

    public static Task<List<TimelineEntry>> CompiledTimeline(DefenceTiesDbContext db, string a, string b) =>
        db.RelationshipTimelineAsync(a, b);

    public static Task<NationSummary?> NationByCode(DefenceTiesDbContext db, string code) =>
        db.Nations.AsNoTracking().Where(n => n.Alpha2Code == code).Select(n => new NationSummary(n.Id, n.Name)).SingleOrDefaultAsync();

    // ---- Hand-written SQL (the baseline) ---------------------------------------------------------

    public const string AgreementsBetweenSql = """
        SELECT a.id, a.title, a.concluded_on
        FROM nations na
        JOIN agreement_parties pa ON pa.nation_id = na.id
        JOIN agreement_parties pb ON pb.agreement_id = pa.agreement_id
        JOIN nations nb ON nb.id = pb.nation_id
        JOIN agreements a ON a.id = pa.agreement_id
        WHERE na.alpha2_code = @a AND nb.alpha2_code = @b
        """;

    public const string AgreementsInForceSql = """
        SELECT id, title, entered_into_force_on
        FROM agreements
        WHERE (entered_into_force_on <= @on OR (entered_into_force_on IS NULL AND concluded_on <= @on))
          AND CASE WHEN ended_on IS NULL THEN status <> 'Ended' ELSE ended_on > @on END
        """;

    public const string LeadersSql = """
        SELECT d.id, e.id, e.subject, e.held_on, n.alpha2_code, n.name, p.name, p.rank, post.title,
               c.id, c.passage, s.key, s.title, s.published_on
        FROM engagements e
        JOIN delegations d ON d.engagement_id = e.id
        JOIN nations n ON n.id = d.nation_id
        LEFT JOIN delegation_members m ON m.delegation_id = d.id AND m.role = 'Leader'
        LEFT JOIN people p ON p.id = m.person_id
        LEFT JOIN posts post ON post.id = m.capacity_post_id
        JOIN citations c ON c.id = coalesce(m.citation_id, d.citation_id)
        JOIN source_documents s ON s.id = c.source_document_id
        WHERE e.held_on = @on
        """;

    public const string ExercisesInvolvingSql = """
        SELECT x.id, coalesce(x.name, s.name), x.started_on
        FROM nations n
        JOIN exercise_participants ep ON ep.nation_id = n.id
        JOIN military_exercises x ON x.id = ep.exercise_id
        JOIN exercise_series s ON s.id = x.series_id
        WHERE n.alpha2_code = @a
        """;

    public const string AgreementsCitingSourceSql = """
        SELECT a.id, a.title, a.concluded_on
        FROM source_documents s
        JOIN citations c ON c.source_document_id = s.id
        JOIN agreements a ON a.citation_id = c.id
        WHERE s.key = @key
        """;

    public const string TimelineSql = """
        SELECT t.date, t.kind, t.id, t.title, t.passage FROM (
            SELECT e.held_on AS date, 'Engagement' AS kind, 0 AS kind_order, e.id, e.subject AS title, c.passage
            FROM engagements e JOIN citations c ON c.id = e.citation_id
            WHERE e.id IN (SELECT d.engagement_id FROM delegations d JOIN nations n ON n.id = d.nation_id WHERE n.alpha2_code = @a)
              AND e.id IN (SELECT d.engagement_id FROM delegations d JOIN nations n ON n.id = d.nation_id WHERE n.alpha2_code = @b)
            UNION ALL
            SELECT coalesce(a.concluded_on, a.entered_into_force_on), 'Agreement', 1, a.id, a.title, c.passage
            FROM agreements a JOIN citations c ON c.id = a.citation_id
            WHERE a.id IN (SELECT p.agreement_id FROM agreement_parties p JOIN nations n ON n.id = p.nation_id WHERE n.alpha2_code = @a)
              AND a.id IN (SELECT p.agreement_id FROM agreement_parties p JOIN nations n ON n.id = p.nation_id WHERE n.alpha2_code = @b)
            UNION ALL
            SELECT x.started_on, 'Exercise', 2, x.id, coalesce(x.name, s.name), c.passage
            FROM military_exercises x JOIN citations c ON c.id = x.citation_id JOIN exercise_series s ON s.id = x.series_id
            WHERE x.id IN (SELECT p.exercise_id FROM exercise_participants p JOIN nations n ON n.id = p.nation_id WHERE n.alpha2_code = @a)
              AND x.id IN (SELECT p.exercise_id FROM exercise_participants p JOIN nations n ON n.id = p.nation_id WHERE n.alpha2_code = @b)
        ) t
        ORDER BY CASE WHEN t.date IS NULL THEN 1 ELSE 0 END, t.date, t.kind_order, t.title
        """;

    public const string NationByCodeSql = "SELECT id, name FROM nations WHERE alpha2_code = @a";

    public static AgreementSummary ReadAgreement(DbDataReader r) => new(r.GetInt32(0), r.GetString(1), Date(r, 2));

    public static ExerciseSummary ReadExercise(DbDataReader r) => new(r.GetInt32(0), r.GetString(1), Date(r, 2));

    public static NationSummary ReadNation(DbDataReader r) => new(r.GetInt32(0), r.GetString(1));

    public static DelegationLeader ReadLeader(DbDataReader r) => new()
    {
        DelegationId = r.GetInt32(0),
        EngagementId = r.GetInt32(1),
        EngagementSubject = r.GetString(2),
        HeldOn = PartialDate.Parse(r.GetString(3)),
        NationCode = r.GetString(4),
        NationName = r.GetString(5),
        LeaderName = r.IsDBNull(6) ? null : r.GetString(6),
        LeaderRank = r.IsDBNull(7) ? null : r.GetString(7),
        PostTitle = r.IsDBNull(8) ? null : r.GetString(8),
        CitationId = r.GetInt32(9),
        CitationPassage = r.GetString(10),
        SourceDocumentKey = r.GetString(11),
        SourceDocumentTitle = r.IsDBNull(12) ? null : r.GetString(12),
        SourceDocumentPublishedOn = PartialDate.Parse(r.GetString(13)),
    };

    public static TimelineEntry ReadTimelineEntry(DbDataReader r) => new()
    {
        Date = Date(r, 0),
        Kind = Enum.Parse<TimelineEntryKind>(r.GetString(1)),
        EntityId = r.GetInt32(2),
        Title = r.GetString(3),
        CitationPassage = r.GetString(4),
    };

    /// <summary>Runs hand-written SQL with named parameters, prepared, and reads every row.</summary>
    public static async Task<List<T>> RawAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> read, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        // Npgsql keeps an explicitly prepared statement on the pooled server connection, so from the
        // second question on this only finds it; Microsoft.Data.Sqlite compiles the statement here.
        await command.PrepareAsync();
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private static PartialDate? Date(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : PartialDate.Parse(r.GetString(ordinal));
}

/// <summary>
/// The same LINQ as the query API, compiled once with EF.CompileAsyncQuery. A compiled query is
/// bound to the model it first ran with, so each benchmark case (provider) makes its own set.
/// </summary>
public sealed class CompiledQueries
{
    public Func<DefenceTiesDbContext, string, string, IAsyncEnumerable<AgreementSummary>> CompiledAgreementsBetween { get; } =
        EF.CompileAsyncQuery((DefenceTiesDbContext db, string a, string b) =>
            db.Agreements.AsNoTracking()
                .Where(x => db.AgreementParties.Where(p => p.Nation.Alpha2Code == a).Select(p => p.AgreementId).Contains(x.Id)
                            && db.AgreementParties.Where(p => p.Nation.Alpha2Code == b).Select(p => p.AgreementId).Contains(x.Id))
                .Select(x => new AgreementSummary(x.Id, x.Title ?? x.Subject, x.ConcludedOn)));

    public Func<DefenceTiesDbContext, PartialDate?, IAsyncEnumerable<AgreementSummary>> CompiledAgreementsInForce { get; } =
        EF.CompileAsyncQuery((DefenceTiesDbContext db, PartialDate? on) =>
            db.Agreements.AsNoTracking()
                .Where(x => (x.EnteredIntoForceOn <= on || (x.EnteredIntoForceOn == null && x.ConcludedOn <= on))
                            && (x.EndedOn == null ? x.Status != AgreementStatus.Ended : x.EndedOn > on))
                .Select(x => new AgreementSummary(x.Id, x.Title ?? x.Subject, x.EnteredIntoForceOn)));

    public Func<DefenceTiesDbContext, string, IAsyncEnumerable<ExerciseSummary>> CompiledExercisesInvolving { get; } =
        EF.CompileAsyncQuery((DefenceTiesDbContext db, string nation) =>
            db.MilitaryExercises.AsNoTracking()
                .Where(x => db.ExerciseParticipants.Where(p => p.Nation.Alpha2Code == nation).Select(p => p.ExerciseId).Contains(x.Id))
                .Select(x => new ExerciseSummary(x.Id, x.Name ?? x.Series.Name, x.StartedOn)));

    public Func<DefenceTiesDbContext, string, IAsyncEnumerable<AgreementSummary>> CompiledAgreementsCitingSource { get; } =
        EF.CompileAsyncQuery((DefenceTiesDbContext db, string key) =>
            db.Agreements.AsNoTracking()
                .Where(x => x.Citation.SourceDocument.Key == key)
                .Select(x => new AgreementSummary(x.Id, x.Title ?? x.Subject, x.ConcludedOn)));

    public Func<DefenceTiesDbContext, string, Task<NationSummary?>> CompiledNationByCode { get; } =
        EF.CompileAsyncQuery((DefenceTiesDbContext db, string code) =>
            db.Nations.AsNoTracking().Where(n => n.Alpha2Code == code).Select(n => new NationSummary(n.Id, n.Name)).SingleOrDefault());
}
