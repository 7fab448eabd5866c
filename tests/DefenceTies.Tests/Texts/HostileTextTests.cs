using DefenceTies.Bulk;
using DefenceTies.Model;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DefenceTies.Tests.Bulk.BulkImportTests;

namespace DefenceTies.Tests.Texts;

/// <summary>
/// Text that is not text is refused by name on every write path and every database, and nothing
/// stored changes: through the model (constructors), the bulk importer, the change tracker
/// (a value set behind the model's back), <c>ExecuteUpdate</c>, and raw SQL through the context,
/// with the value as a parameter and as an SQL literal.
/// </summary>
public class HostileTextTests
{
    private static readonly Dictionary<string, Hostile> Values = new()
    {
        ["NUL"] = new("Lao\0s", Unstorable: true, SqliteLiteral: "'Lao' || char(0) || 's'", PostgresLiteral: @"E'Lao\000s'"),
        ["BEL"] = new("Lao\u0007s", SqliteLiteral: "'Lao' || char(7) || 's'", PostgresLiteral: @"E'Lao\007s'"),
        ["ESC sequence"] = new("Laos\u001B[2J", SqliteLiteral: "'Laos' || char(27) || '[2J'", PostgresLiteral: @"E'Laos\033[2J'"),
        ["C1 control"] = new("La\u0085os", SqliteLiteral: "'La' || char(133) || 'os'", PostgresLiteral: "U&'La\\0085os'"),
        ["line feed in a name"] = new("La\nos", SqliteLiteral: "'La' || char(10) || 'os'", PostgresLiteral: @"E'La\nos'"),
        ["unpaired surrogate"] = new("La\uD800os", Unstorable: true),
        ["only a zero-width space"] = new("\u200B", SqliteLiteral: "char(8203)", PostgresLiteral: "U&'\\200B'"),
        ["only invisible characters"] = new("\uFEFF\u2060\u3164", SqliteLiteral: "char(65279, 8288, 12644)", PostgresLiteral: "U&'\\FEFF\\2060\\3164'"),
        ["only noncharacters"] = new("\uFFFE\uFFFF", SqliteLiteral: "char(65534, 65535)", PostgresLiteral: "U&'\\FFFE\\FFFF'"),
        ["only an unassigned code point"] = new("\u0378", SqliteLiteral: "char(888)", PostgresLiteral: "U&'\\0378'"),
        ["padded with a no-break space"] = new("Laos\u00A0", SqliteLiteral: "'Laos' || char(160)", PostgresLiteral: "U&'Laos\\00A0'"),
    };

    public static TheoryData<DatabaseKind, string> All
    {
        get
        {
            var data = new TheoryData<DatabaseKind, string>();
            foreach (var kind in Enum.GetValues<DatabaseKind>())
            {
                foreach (var name in Values.Keys)
                {
                    data.Add(kind, name);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(All))]
    public async Task Hostile_text_is_refused_by_name_on_every_write_path_and_nothing_changes(DatabaseKind kind, string name)
    {
        var hostile = Values[name];
        var text = hostile.Text;
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        var before = await Fingerprint.OfAsync(database);
        await using var db = database.CreateContext();
        var cite = await db.Citations.Include(c => c.SourceDocument).OrderBy(c => c.Id).FirstAsync();

        // The model.
        Refused(() => _ = new Nation("LA", "LAO", "418", text, cite), nameof(Nation), nameof(Nation.Name));
        Refused(() => _ = new Region(text, RegionKind.MaritimeArea, cite), nameof(Region), nameof(Region.Name));

        // The bulk path: the same rule, the same entity and field.
        var importer = ImporterFor(database);
        // The validator checks every row before anything is written, so the batch's own India row is
        // refused for its name before the database could see that India is already stored.
        var batch = SampleBatch(await importer.CreateIdAllocatorAsync(), "hostile");
        var first = batch.Nations[0];
        batch.Nations[0] = new NationRow { Id = first.Id, Alpha2Code = first.Alpha2Code, Alpha3Code = first.Alpha3Code, NumericCode = first.NumericCode, Name = text, CitationId = first.CitationId };
        var bulk = (await ((Func<Task>)(() => importer.ImportAsync(batch))).Should().ThrowAsync<BulkDomainRuleException>()).Which;
        (bulk.Entity, bulk.Field, bulk.Value, bulk.RowIndex).Should().Be((nameof(Nation), nameof(Nation.Name), text, 0));

        // The change tracker: a value set behind the model's back reaches SaveChanges, which names it.
        var india = await db.Nations.SingleAsync(n => n.Alpha2Code == "IN");
        db.Entry(india).Property(n => n.Name).CurrentValue = text;
        var saved = (await ((Func<Task>)(() => db.SaveChangesAsync())).Should().ThrowAsync<ConstraintViolationException>()).Which;
        (saved.Entity, saved.Field).Should().Be((nameof(Nation), nameof(Nation.Name)));
        saved.Kind.Should().Be(hostile.Unstorable ? ConstraintKind.InvalidText : ConstraintKind.Check);
        saved.Value.Should().Be(text);
        db.ChangeTracker.Clear();

        // ExecuteUpdate and a parameter of raw SQL: the database's CHECK names the column; text no
        // database can store is refused before the command runs, naming its parameter.
        var update = () => db.Nations.Where(n => n.Alpha2Code == "IN").ExecuteUpdateAsync(s => s.SetProperty(n => n.Name, text));
        var insert = () => db.Database.ExecuteSqlAsync($"INSERT INTO regions (name, kind, citation_id) VALUES ({text}, 'MaritimeArea', {cite.Id})");
        if (hostile.Unstorable)
        {
            (await update.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("cannot be stored");
            (await insert.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("cannot be stored");
        }
        else
        {
            Named(await update.Should().ThrowAsync<ConstraintViolationException>(), nameof(Nation), nameof(Nation.Name));
            Named(await insert.Should().ThrowAsync<ConstraintViolationException>(), nameof(Region), nameof(Region.Name));
        }

        // An SQL literal: what the engine itself does with the text.
        var literal = kind == DatabaseKind.PostgreSql ? hostile.PostgresLiteral : hostile.SqliteLiteral;
        if (literal is not null)
        {
#pragma warning disable EF1002 // The literal is this test's own constant: the point is to bypass parameters.
            var raw = () => db.Database.ExecuteSqlRawAsync($"INSERT INTO regions (name, kind, citation_id) VALUES ({literal}, 'MaritimeArea', {cite.Id})");
#pragma warning restore EF1002
            var error = (await raw.Should().ThrowAsync<ConstraintViolationException>()).Which;
            if (kind == DatabaseKind.PostgreSql && hostile.Unstorable)
            {
                // PostgreSQL refuses a NUL while parsing the literal (22021), before it knows the column.
                error.Kind.Should().Be(ConstraintKind.InvalidText);
                error.Message.Should().Contain("22021");
            }
            else
            {
                (error.Entity, error.Field, error.Kind).Should().Be((nameof(Region), nameof(Region.Name), ConstraintKind.Check));
            }
        }

        (await Fingerprint.OfAsync(database)).Should().Equal(before);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_query_cannot_compare_stored_text_with_text_no_database_stores(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var surrogate = "India\uD800";
        var nul = "India\0";

        // On SQLite an unpaired surrogate would be sent as U+FFFD and match a stored U+FFFD; on
        // PostgreSQL both would fail in the driver or the server with an error naming nothing.
        (await ((Func<Task>)(() => db.Nations.AnyAsync(n => n.Name == surrogate))).Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("U+D800");
        (await ((Func<Task>)(() => db.Nations.AnyAsync(n => n.Name == nul))).Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("U+0000");
        (await db.Nations.AnyAsync(n => n.Name == "India")).Should().BeTrue("the context is still usable");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Multi_line_text_and_real_scripts_are_stored_and_read_back_exactly(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        const string text = "Line one,\r\n\tindented line two\nthree: 🇮🇳 👩‍👩‍👧 ประเทศไทย Cafe\u0301 x\u200By \u202Bעברית\u202C.\u2028Next\u2029End.";
        var document = new SourceDocument("multi-line", "Title 🇹🇭", PartialDate.FromYear(2025), text);
        var citation = document.Cite("indented line two\nthree: 🇮🇳");
        await using (var db = database.CreateContext())
        {
            db.Add(new NationalAim(await db.Nations.SingleAsync(n => n.Alpha2Code == "TH"), text, citation));
            await db.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var stored = await read.SourceDocuments.Include(d => d.Citations).SingleAsync(d => d.Key == "multi-line");
        string.Equals(stored.Text, text, StringComparison.Ordinal).Should().BeTrue();
        stored.Title.Should().Be("Title 🇹🇭");
        stored.ContentSha256.Should().Be(document.ContentSha256);
        var passage = stored.Citations.Single();
        (passage.Passage, passage.StartIndex, passage.Length).Should().Be((citation.Passage, citation.StartIndex, citation.Passage.Length));
        string.Equals((await read.NationalAims.SingleAsync(a => a.CitationId == passage.Id)).Description, text, StringComparison.Ordinal).Should().BeTrue();
    }

    private static void Refused(Action create, string entity, string field)
    {
        var error = create.Should().Throw<DomainRuleException>().Which;
        (error.Entity, error.Field).Should().Be((entity, field));
    }

    private static void Named(FluentAssertions.Specialized.ExceptionAssertions<ConstraintViolationException> thrown, string entity, string field)
    {
        var error = thrown.Which;
        (error.Entity, error.Field, error.Kind).Should().Be((entity, field, ConstraintKind.Check));
        error.ConstraintName.Should().StartWith($"ck_").And.Match(n => n.EndsWith("_characters", StringComparison.Ordinal) || n.EndsWith("_visible", StringComparison.Ordinal) || n.EndsWith("_not_blank", StringComparison.Ordinal));
    }

    private sealed record Hostile(string Text, bool Unstorable = false, string? SqliteLiteral = null, string? PostgresLiteral = null);
}
