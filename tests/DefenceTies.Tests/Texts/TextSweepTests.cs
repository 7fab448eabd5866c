using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using CsCheck;
using DefenceTies.Bulk;
using DefenceTies.Model;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DefenceTies.Tests.Bulk.BulkImportTests;

namespace DefenceTies.Tests.Texts;

/// <summary>
/// A property-based sweep (CsCheck) of generated strings, hostile and ordinary, through three
/// paths on every database: the model and SaveChanges, the bulk importer, and raw SQL with the
/// value as a parameter (the database's own CHECKs alone). Each value is either accepted and read
/// back exactly (ordinal equality) or refused by name; and the three paths give every value the
/// same verdict, so the rule is one rule. One single-line field (<c>Person.Name</c>) and one
/// multi-line field (<c>SourceDocument.Text</c>, whose content hash is checked too).
/// </summary>
public class TextSweepTests(ITestOutputHelper output)
{
    /// <summary>Batches per field and database; each batch is one SaveChanges, one bulk import and its retries.</summary>
    internal const int Batches = 5;

    internal const int BatchSize = 100;

    private static readonly Gen<string> Piece = Gen.Frequency(
        (30, Gen.Char['a', 'z'].Select(c => c.ToString())),
        (8, Gen.Char[' ', '~'].Select(c => c.ToString())),
        (5, Gen.OneOf(" ", "\t", "\n", "\r", "\r\n", "\u00A0", "\u3000", "\u2028", "\u2029", "\u0085", "\u000B", "\u000C")),
        (3, Gen.Char['\0', '\u001F'].Select(c => c.ToString())),
        (2, Gen.Char['\u007F', '\u009F'].Select(c => c.ToString())),
        (4, Gen.OneOf("\u200B", "\u200C", "\u200D", "\uFEFF", "\u2060", "\u00AD", "\u202E", "\u2066", "\uFE0F", "\u3164", "\u2800", "\U000E0041", "\u034F", "\u180E")),
        (2, Gen.Char['\uD800', '\uDFFF'].Select(c => c.ToString())),
        (5, Gen.OneOf("🇮🇳", "👩‍👩‍👧", "é", "ไทย", "e\u0301", "𝔘", "中文", "ß", "\u05E2\u05D1", "😀")),
        (4, Gen.Char['\u00A0', '\uD7FF'].Select(c => c.ToString())));

    /// <summary>Strings of 0 to 12 pieces: short enough for every column's length limit, so length is not what decides.</summary>
    internal static readonly Gen<string> Text = Piece.Array[0, 12].Select(string.Concat);

    [Theory]
    [MemberData(nameof(Databases.Engines), MemberType = typeof(Databases))]
    public async Task Generated_text_is_accepted_and_read_back_exactly_or_refused_by_name_alike_on_every_path(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(kind);
        var citation = await PlantCitationAsync(database);
        var importer = ImporterFor(database);
        var tally = new Tally();
        var (people, documents) = (new PersonName(citation), new DocumentText());
        var clock = Stopwatch.StartNew();

        await Text.Array[BatchSize].Select(Text.Array[BatchSize]).SampleAsync(
            async (names, texts) =>
            {
                await SweepAsync(database, importer, people, names, tally);
                await SweepAsync(database, importer, documents, texts, tally);
            },
            iter: Batches,
            threads: 1);

        output.WriteLine($"{kind}: {tally.Values} generated values ({tally.Accepted} accepted and read back on 3 paths, {tally.Refused} refused by name on 3 paths) in {clock.Elapsed.TotalSeconds:F1} s");
        tally.Values.Should().Be(2 * Batches * BatchSize);
        tally.Refused.Should().BeGreaterThan(tally.Values / 10, "the generator aims at the rule");
        tally.Accepted.Should().BeGreaterThan(tally.Values / 10, "the generator makes real text too");
    }

    private static async Task SweepAsync(TestDatabase database, DefenceTiesBulkImporter importer, Field field, string[] values, Tally tally)
    {
        // 1. The model: construct, then save every accepted value in one SaveChanges.
        var model = new bool[values.Length];
        await using (var db = database.CreateContext())
        {
            field.Attach(db);
            var created = new List<(int Index, object Entity)>();
            for (var i = 0; i < values.Length; i++)
            {
                try
                {
                    created.Add((i, field.Create(values[i])));
                    model[i] = true;
                }
                catch (DomainRuleException error)
                {
                    (error.Entity, error.Field).Should().Be(field.Name, Shown(values[i]));
                }
            }

            db.AddRange(created.Select(c => c.Entity));
            await db.SaveChangesAsync();
            await field.ExpectStoredAsync(database, created.Select(c => (field.Id(c.Entity), values[c.Index])));
        }

        // 2. The bulk path: import the batch; a refused row names itself, is taken out, and the rest retried.
        var ids = await importer.CreateIdAllocatorAsync();
        var rows = values.Select((v, i) => (Index: i, Row: field.Row(ids, v))).ToList();
        while (true)
        {
            var batch = new BulkImportBatch();
            rows.ForEach(r => field.AddTo(batch, r.Row));
            try
            {
                await importer.ImportAsync(batch);
                break;
            }
            catch (BulkDomainRuleException error)
            {
                var refused = rows[error.RowIndex];
                (error.Entity, error.Field, error.Value).Should().Be((field.Name.Entity, field.Name.Field, values[refused.Index]), Shown(values[refused.Index]));
                model[refused.Index].Should().BeFalse($"the model accepts {Shown(values[refused.Index])}, the bulk path must too");
                rows.RemoveAt(error.RowIndex);
            }
        }

        rows.Select(r => r.Index).Should().Equal(Enumerable.Range(0, values.Length).Where(i => model[i]), "the bulk path accepts what the model accepts");
        await field.ExpectStoredAsync(database, rows.Select(r => (r.Row.Id, values[r.Index])));

        // 3. Raw SQL through the context: the database's CHECKs (and the refusal of text no database stores) alone.
        await using (var db = database.CreateContext())
        {
            var stored = new List<(int, string)>();
            for (var i = 0; i < values.Length; i++)
            {
                try
                {
                    stored.Add((await field.InsertAsync(db, values[i]), values[i]));
                    model[i].Should().BeTrue($"the database accepted {Shown(values[i])}, which the model refuses");
                }
                catch (ConstraintViolationException error)
                {
                    (error.Entity, error.Field).Should().Be(field.Name, Shown(values[i]));
                    model[i].Should().BeFalse($"the database refused {Shown(values[i])} ({error.ConstraintName}), which the model accepts");
                }
                catch (ArgumentException error) when (error.Message.Contains("cannot be stored", StringComparison.Ordinal))
                {
                    model[i].Should().BeFalse($"{Shown(values[i])} was refused as unstorable, but the model accepts it");
                }
            }

            await field.ExpectStoredAsync(database, stored);
        }

        tally.Add(field, model);
        await field.ExpectCountAsync(database, 3 * tally.AcceptedOf(field));
    }

    internal static async Task<Citation> PlantCitationAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var document = new SourceDocument("sweep", null, PartialDate.FromYear(2025), "Values generated by the sweep.");
        var citation = document.Cite("Values generated by the sweep.");
        db.Add(citation);
        await db.SaveChangesAsync();
        return citation;
    }

    /// <summary>A value as an assertion message shows it: every character outside printable ASCII as its code.</summary>
    internal static string Shown(string value) =>
        "\"" + string.Concat(value.Select(c => c is >= ' ' and <= '~' and not '{' and not '}' ? c.ToString() : $"\\u{(int)c:X4}")) + "\"";

    private sealed class Tally
    {
        private readonly Dictionary<Type, int> _accepted = [];

        public int Values { get; private set; }

        public int Accepted { get; private set; }

        public int Refused => Values - Accepted;

        public void Add(Field field, bool[] verdicts)
        {
            var accepted = verdicts.Count(v => v);
            (Values, Accepted) = (Values + verdicts.Length, Accepted + accepted);
            _accepted[field.GetType()] = AcceptedOf(field) + accepted;
        }

        public int AcceptedOf(Field field) => _accepted.TryGetValue(field.GetType(), out var n) ? n : 0;
    }

    /// <summary>One swept field: how each path writes a value, and how to read back what it stored.</summary>
    private abstract class Field
    {
        public abstract (string Entity, string Field) Name { get; }

        public abstract object Create(string value);

        /// <summary>Tracks the stored rows that new entities refer to as stored, so that SaveChanges adds only the new ones.</summary>
        public virtual void Attach(DefenceTiesDbContext db)
        {
        }

        public abstract int Id(object entity);

        public abstract BulkRow Row(BulkIdAllocator ids, string value);

        public abstract void AddTo(BulkImportBatch batch, BulkRow row);

        public abstract Task<int> InsertAsync(DefenceTiesDbContext db, string value);

        public abstract Task<Dictionary<int, string>> ReadAsync(DefenceTiesDbContext db, int[] ids);

        public abstract Task<int> CountAsync(DefenceTiesDbContext db);

        public async Task ExpectStoredAsync(TestDatabase database, IEnumerable<(int Id, string Value)> expected)
        {
            var list = expected.ToList();
            await using var db = database.CreateContext();
            var stored = await ReadAsync(db, [.. list.Select(e => e.Id)]);
            foreach (var (id, value) in list)
            {
                string.Equals(stored[id], value, StringComparison.Ordinal).Should().BeTrue($"{Shown(value)} must read back exactly, not as {Shown(stored[id])}");
            }
        }

        public async Task ExpectCountAsync(TestDatabase database, int rows)
        {
            await using var db = database.CreateContext();
            (await CountAsync(db)).Should().Be(rows, "refused values store nothing");
        }
    }

    private sealed class PersonName(Citation citation) : Field
    {
        public override (string Entity, string Field) Name => (nameof(Person), nameof(Person.Name));

        public override object Create(string value) => new Person(value, citation);

        public override void Attach(DefenceTiesDbContext db) => db.Attach(citation);

        public override int Id(object entity) => ((Person)entity).Id;

        public override BulkRow Row(BulkIdAllocator ids, string value) => new PersonRow { Id = ids.Next<PersonRow>(), Name = value, CitationId = citation.Id };

        public override void AddTo(BulkImportBatch batch, BulkRow row) => batch.People.Add((PersonRow)row);

        public override async Task<int> InsertAsync(DefenceTiesDbContext db, string value) =>
            (await db.Database.SqlQuery<int>($"INSERT INTO people (name, name_key, citation_id) VALUES ({value}, {"sweep"}, {citation.Id}) RETURNING id AS \"Value\"").ToListAsync()).Single();

        public override Task<Dictionary<int, string>> ReadAsync(DefenceTiesDbContext db, int[] ids) =>
            db.People.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name);

        public override Task<int> CountAsync(DefenceTiesDbContext db) => db.People.CountAsync();
    }

    private sealed class DocumentText : Field
    {
        private int _keys;

        public override (string Entity, string Field) Name => (nameof(SourceDocument), nameof(SourceDocument.Text));

        public override object Create(string value) => new SourceDocument(NextKey(), null, PartialDate.FromYear(2025), value);

        public override int Id(object entity) => ((SourceDocument)entity).Id;

        public override BulkRow Row(BulkIdAllocator ids, string value) =>
            new SourceDocumentRow { Id = ids.Next<SourceDocumentRow>(), Key = NextKey(), PublishedOn = PartialDate.FromYear(2025), Text = value };

        public override void AddTo(BulkImportBatch batch, BulkRow row) => batch.SourceDocuments.Add((SourceDocumentRow)row);

        public override async Task<int> InsertAsync(DefenceTiesDbContext db, string value) =>
            (await db.Database.SqlQuery<int>($"INSERT INTO source_documents (key, published_on, text, content_sha256, origin) VALUES ({NextKey()}, '2025', {value}, {Sha256(value)}, 'NewsReport') RETURNING id AS \"Value\"").ToListAsync()).Single();

        // The hash the library stored must be of exactly the text read back.
        public override async Task<Dictionary<int, string>> ReadAsync(DefenceTiesDbContext db, int[] ids)
        {
            var stored = await db.SourceDocuments.Where(d => ids.Contains(d.Id) && d.Key != "sweep").Select(d => new { d.Id, d.Text, d.ContentSha256 }).ToListAsync();
            stored.Should().OnlyContain(d => d.ContentSha256 == Sha256(d.Text));
            return stored.ToDictionary(d => d.Id, d => d.Text);
        }

        public override Task<int> CountAsync(DefenceTiesDbContext db) => db.SourceDocuments.CountAsync(d => d.Key != "sweep");

        private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

        private string NextKey() => $"sweep-{++_keys}";
    }
}
