using System.Security.Cryptography;
using System.Text;
using DefenceTies.Model;

namespace DefenceTies.Bulk;

/// <summary>How a column's values travel: as integers, as length-limited text or as unlimited text.</summary>
internal enum BulkColumnType
{
    Integer,
    Varchar,
    Text,
}

/// <summary>A column the bulk path writes.</summary>
internal sealed record BulkColumn(string Name, BulkColumnType Type);

/// <summary>One table of the bulk path: its name, columns and how to read a row's values.</summary>
internal interface IBulkTableMap
{
    BulkTable Table { get; }

    string Name { get; }

    IReadOnlyList<BulkColumn> Columns { get; }

    int Count(BulkImportBatch batch);

    int IdAt(BulkImportBatch batch, int index);

    /// <summary>Writes the values of row <paramref name="index"/> into <paramref name="values"/> (null for SQL NULL).</summary>
    void Read(BulkImportBatch batch, int index, object?[] values);
}

/// <summary>
/// The tables, columns and write order of the bulk path: one description shared by every
/// provider, so SQLite and PostgreSQL write the same columns from the same row fields.
/// </summary>
internal static class BulkSchema
{
    public static IReadOnlyList<IBulkTableMap> Tables { get; } =
    [
        new Map<SourceDocumentRow>(BulkTable.SourceDocuments, "source_documents", b => b.SourceDocuments, r => r.Id)
            .Int("id", r => r.Id).Varchar("key", r => r.Key).Varchar("title", r => r.Title).Varchar("published_on", r => r.PublishedOn.ToString())
            .Text("text", r => r.Text).Varchar("content_sha256", r => Sha256(r.Text)),
        new Map<CitationRow>(BulkTable.Citations, "citations", b => b.Citations, r => r.Id)
            .Int("id", r => r.Id).Int("source_document_id", r => r.SourceDocumentId).Varchar("passage", r => r.Passage)
            .Int("start_index", r => r.StartIndex).Int("length", r => r.Passage.Length),
        new Map<NationRow>(BulkTable.Nations, "nations", b => b.Nations, r => r.Id)
            .Int("id", r => r.Id).Varchar("alpha2_code", r => r.Alpha2Code).Varchar("alpha3_code", r => r.Alpha3Code)
            .Varchar("numeric_code", r => r.NumericCode).Varchar("name", r => r.Name).Int("citation_id", r => r.CitationId),
        new Map<PersonRow>(BulkTable.People, "people", b => b.People, r => r.Id)
            .Int("id", r => r.Id).Varchar("name", r => r.Name).Varchar("rank", r => r.Rank).Int("citation_id", r => r.CitationId),
        new Map<EngagementRow>(BulkTable.Engagements, "engagements", b => b.Engagements, r => r.Id)
            .Int("id", r => r.Id).Varchar("kind", r => r.Kind.ToString()).Varchar("subject", r => r.Subject)
            .Varchar("held_on", r => r.HeldOn.ToString()).Int("citation_id", r => r.CitationId),
        new Map<DelegationRow>(BulkTable.Delegations, "delegations", b => b.Delegations, r => r.Id)
            .Int("id", r => r.Id).Int("engagement_id", r => r.EngagementId).Int("nation_id", r => r.NationId).Int("citation_id", r => r.CitationId),
        new Map<DelegationMemberRow>(BulkTable.DelegationMembers, "delegation_members", b => b.DelegationMembers, r => r.Id)
            .Int("id", r => r.Id).Int("delegation_id", r => r.DelegationId).Int("person_id", r => r.PersonId)
            .Varchar("role", r => r.Role.ToString()).Int("capacity_post_id", r => r.CapacityPostId).Int("citation_id", r => r.CitationId),
        new Map<AgreementRow>(BulkTable.Agreements, "agreements", b => b.Agreements, r => r.Id)
            .Int("id", r => r.Id).Varchar("title", r => r.Title).Varchar("kind", r => r.Kind.ToString()).Varchar("status", r => r.Status.ToString())
            .Varchar("subject", r => r.Subject).Varchar("concluded_on", r => r.ConcludedOn?.ToString())
            .Varchar("entered_into_force_on", r => r.EnteredIntoForceOn?.ToString()).Varchar("ended_on", r => r.EndedOn?.ToString())
            .Int("engagement_id", r => r.EngagementId).Int("citation_id", r => r.CitationId),
        new Map<AgreementPartyRow>(BulkTable.AgreementParties, "agreement_parties", b => b.AgreementParties, r => r.Id)
            .Int("id", r => r.Id).Int("agreement_id", r => r.AgreementId).Int("nation_id", r => r.NationId).Int("citation_id", r => r.CitationId),
        new Map<MilitaryExerciseRow>(BulkTable.MilitaryExercises, "military_exercises", b => b.MilitaryExercises, r => r.Id)
            .Int("id", r => r.Id).Varchar("name", r => r.Name).Varchar("started_on", r => r.StartedOn?.ToString())
            .Varchar("ended_on", r => r.EndedOn?.ToString()).Int("citation_id", r => r.CitationId),
        new Map<ExerciseParticipantRow>(BulkTable.ExerciseParticipants, "exercise_participants", b => b.ExerciseParticipants, r => r.Id)
            .Int("id", r => r.Id).Int("exercise_id", r => r.ExerciseId).Int("nation_id", r => r.NationId)
            .Int("service_organisation_id", r => r.ServiceOrganisationId).Int("citation_id", r => r.CitationId),
    ];

    public static IBulkTableMap Get(BulkTable table) => Tables[(int)table];

    /// <summary><c>INSERT INTO t (a, b) VALUES ($p0, $p1)</c> for a table; names come from this schema only, values are parameters.</summary>
    public static string InsertSql(IBulkTableMap map, string parameterPrefix) =>
        $"INSERT INTO {map.Name} ({string.Join(", ", map.Columns.Select(c => c.Name))}) VALUES ({string.Join(", ", map.Columns.Select((_, i) => $"{parameterPrefix}p{i}"))})";

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private sealed class Map<TRow>(BulkTable table, string name, Func<BulkImportBatch, IList<TRow>> rows, Func<TRow, int> id) : IBulkTableMap
    {
        private readonly List<BulkColumn> _columns = [];
        private readonly List<Func<TRow, object?>> _values = [];

        public BulkTable Table => table;

        public string Name => name;

        public IReadOnlyList<BulkColumn> Columns => _columns;

        public int Count(BulkImportBatch batch) => rows(batch).Count;

        public int IdAt(BulkImportBatch batch, int index) => id(rows(batch)[index]);

        public void Read(BulkImportBatch batch, int index, object?[] values)
        {
            var row = rows(batch)[index];
            for (var i = 0; i < _values.Count; i++)
            {
                values[i] = _values[i](row);
            }
        }

        public Map<TRow> Int(string column, Func<TRow, int> value) => Add(column, BulkColumnType.Integer, r => value(r));

        public Map<TRow> Int(string column, Func<TRow, int?> value) => Add(column, BulkColumnType.Integer, r => value(r));

        public Map<TRow> Varchar(string column, Func<TRow, string?> value) => Add(column, BulkColumnType.Varchar, value);

        public Map<TRow> Text(string column, Func<TRow, string?> value) => Add(column, BulkColumnType.Text, value);

        private Map<TRow> Add(string column, BulkColumnType type, Func<TRow, object?> value)
        {
            _columns.Add(new BulkColumn(column, type));
            _values.Add(value);
            return this;
        }
    }
}
