using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DefenceTies.UnitTests.Model;

/// <summary>
/// One text rule for every text field: no NUL, no unpaired surrogate, no control character (tab,
/// line feed and carriage return only in multi-line fields), no padding, something visible. Each
/// refusal names entity, field and the problem.
/// </summary>
public class TextRuleTests
{
    private static readonly SourceDocument Document = new("doc", null, PartialDate.FromYear(2024), "India and Thailand agreed.");
    private static readonly Citation Cite = Document.Cite("India and Thailand agreed.");
    private static readonly Nation India = new("IN", "IND", "356", "India", Cite);

    /// <summary>Text every field takes as it is.</summary>
    private static readonly string[] RealText =
        ["India 🇮🇳", "👩‍👩‍👧 family", "Thaïlande", "Cafe\u0301", "ประเทศไทย", "\u05E2\u05D1\u05E8\u05D9\u05EA \u200F(he)", "x\u200By", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢"];

    /// <summary>Line breaks and tabs: refused in single-line fields only.</summary>
    private static readonly Dictionary<string, (string Text, string Problem)> MultiLineOnly = new()
    {
        ["tab"] = ("a\tb", "control character U+0009 at index 1 is not allowed in a single-line field"),
        ["line feed"] = ("a\nb", "control character U+000A"),
        ["carriage return"] = ("a\r\nb", "control character U+000D"),
        ["line separator"] = ("a\u2028b", "line break U+2028"),
        ["paragraph separator"] = ("a\u2029b", "line break U+2029"),
    };

    /// <summary>A document holding every passage the tests cite, so that a refusal is about the passage itself.</summary>
    private static readonly SourceDocument Prose = new("prose", null, PartialDate.FromYear(2024), "Quoted: " + string.Join(" / ", MultiLineOnly.Values.Select(v => v.Text).Concat(RealText)));

    /// <summary>Every text field of the model, built through its public API with the text given.</summary>
    private static readonly Dictionary<string, (bool MultiLine, Action<string> Create)> Fields = new()
    {
        ["SourceDocument.Key"] = (false, t => _ = new SourceDocument(t, null, PartialDate.FromYear(2024), "text")),
        ["SourceDocument.Title"] = (false, t => _ = new SourceDocument("key", t, PartialDate.FromYear(2024), "text")),
        ["SourceDocument.Text"] = (true, t => _ = new SourceDocument("key", null, PartialDate.FromYear(2024), t)),
        ["Citation.Passage"] = (true, t => Prose.Cite(t)),
        ["Nation.Name"] = (false, t => _ = new Nation("LA", "LAO", "418", t, Cite)),
        ["Organisation.Name"] = (false, t => _ = new Organisation(India, t, OrganisationKind.Army, Cite)),
        ["Person.Name"] = (false, t => _ = new Person(t, Cite)),
        ["Person.Rank"] = (false, t => _ = new Person("A Person", Cite, t)),
        ["Post.Title"] = (false, t => _ = new Post(India, t, Cite)),
        ["Engagement.Subject"] = (false, t => _ = new Engagement(EngagementKind.Talks, t, PartialDate.FromYear(2024), Cite)),
        ["Agreement.Title"] = (false, t => _ = new Agreement(t, AgreementKind.Treaty, AgreementStatus.Signed, "defence", null, Cite)),
        ["Agreement.Subject"] = (false, t => _ = new Agreement("Treaty", AgreementKind.Treaty, AgreementStatus.Signed, t, null, Cite)),
        ["WorkingGroup.Name"] = (false, t => _ = new WorkingGroup(t, "steer", WorkingGroupStatus.Planned, Cite)),
        ["WorkingGroup.Mandate"] = (true, t => _ = new WorkingGroup("Group", t, WorkingGroupStatus.Planned, Cite)),
        ["CooperationArea.Name"] = (false, t => _ = new CooperationArea(t, Cite)),
        ["ExerciseSeries.Name"] = (false, t => _ = new ExerciseSeries(t, Cite)),
        ["MilitaryExercise.Name"] = (false, t => _ = new ExerciseSeries("MAITREE", Cite).AddEdition(Cite, name: t)),
        ["Policy.Name"] = (false, t => _ = new Policy(India, t, Cite)),
        ["Policy.Aim"] = (true, t => _ = new Policy(India, "Act East", Cite, t)),
        ["Region.Name"] = (false, t => _ = new Region(t, RegionKind.MaritimeArea, Cite)),
        ["SecurityIssue.Name"] = (false, t => _ = new SecurityIssue(t, Cite)),
        ["Statement.Content"] = (true, t => _ = Statement.ByPerson(new Person("A Person", Cite), StatementForm.ReportedSpeech, t, Cite)),
        ["NationalAim.Description"] = (true, t => _ = new NationalAim(India, t, Cite)),
    };

    /// <summary>Text refused in every field, with a word the refusal must contain.</summary>
    private static readonly Dictionary<string, (string Text, string Problem)> Hostile = new()
    {
        ["NUL"] = ("a\0b", "NUL character (U+0000) at index 1"),
        ["BEL"] = ("a\u0007b", "control character U+0007 at index 1"),
        ["ESC"] = ("a\u001B[31mb", "control character U+001B"),
        ["DEL"] = ("a\u007Fb", "control character U+007F"),
        ["C1 NEL"] = ("a\u0085b", "control character U+0085"),
        ["C1 CSI"] = ("a\u009Bb", "control character U+009B"),
        ["vertical tab"] = ("a\u000Bb", "control character U+000B"),
        ["unpaired high surrogate"] = ("a\uD800b", "unpaired UTF-16 surrogate (U+D800) at index 1"),
        ["unpaired low surrogate"] = ("a\uDC00b", "unpaired UTF-16 surrogate (U+DC00)"),
        ["surrogates in the wrong order"] = ("a\uDE00\uD83Db", "unpaired UTF-16 surrogate (U+DE00)"),
        ["high surrogate at the end"] = ("ab\uD83D", "unpaired UTF-16 surrogate (U+D83D) at index 2"),
        ["only a zero-width space"] = ("\u200B", "at least one visible character"),
        ["only zero-width and no-break spaces"] = ("\u200B\u00A0\u200B", "at least one visible character"),
        ["only a byte-order mark"] = ("\uFEFF", "at least one visible character"),
        ["only a word joiner and a soft hyphen"] = ("\u2060\u00AD", "at least one visible character"),
        ["only a Hangul filler"] = ("\u3164", "at least one visible character"),
        ["only a blank braille cell"] = ("\u2800", "at least one visible character"),
        ["only a right-to-left override"] = ("\u202E", "at least one visible character"),
        ["only a variation selector"] = ("\uFE0F", "at least one visible character"),
        ["only tag characters"] = ("\U000E0041\U000E007F", "at least one visible character"),
        ["only noncharacters"] = ("\uFFFE\uFFFF", "at least one visible character"),
        ["only a supplementary noncharacter"] = ("\U0010FFFF", "at least one visible character"),
        ["only an unassigned code point"] = ("\u0378", "at least one visible character"),
        ["padded with a no-break space"] = ("\u00A0India", "leading or trailing white space"),
        ["padded with an ideographic space"] = ("India\u3000", "leading or trailing white space"),
    };

    public static TheoryData<string, string> HostileInEveryField
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var name in Fields.Keys)
            {
                foreach (var hostile in Hostile.Keys)
                {
                    // A document's text is kept exactly as received, its leading and trailing white
                    // space included (see Document_text_keeps_its_white_space).
                    if (!(name == "SourceDocument.Text" && hostile.StartsWith("padded", StringComparison.Ordinal)))
                    {
                        data.Add(name, hostile);
                    }
                }
            }

            return data;
        }
    }

    public static TheoryData<string> AllFields => new(Fields.Keys);

    [Theory]
    [MemberData(nameof(HostileInEveryField))]
    public void Every_text_field_refuses_hostile_text_by_name(string field, string hostile)
    {
        var (text, problem) = Hostile[hostile];

        var error = Fields[field].Create.Invoking(create => create(text)).Should().Throw<DomainRuleException>().Which;

        $"{error.Entity}.{error.Field}".Should().Be(field);
        error.Value.Should().Be(text);
        error.Rule.Should().Contain(problem);
        error.Message.Should().StartWith($"{field} '");
    }

    [Theory]
    [MemberData(nameof(AllFields))]
    public void Line_breaks_and_tabs_are_kept_in_multi_line_fields_only(string field)
    {
        var (multiLine, create) = Fields[field];
        foreach (var (text, problem) in MultiLineOnly.Values)
        {
            if (multiLine)
            {
                create.Invoking(c => c(text)).Should().NotThrow(field);
            }
            else
            {
                create.Invoking(c => c(text)).Should().Throw<DomainRuleException>(field).Which.Rule.Should().Contain(problem);
            }
        }
    }

    public static TheoryData<string> RealTexts => new(RealText);

    [Theory]
    [MemberData(nameof(RealTexts))]
    public void Real_text_is_accepted_unchanged_in_every_field(string text)
    {
        foreach (var (field, (_, create)) in Fields)
        {
            create.Invoking(c => c(text)).Should().NotThrow(field);
        }

        new Region(text, RegionKind.MaritimeArea, Cite).Name.Should().Be(text);
    }

    [Fact]
    public void Every_character_of_the_basic_multilingual_plane_is_judged_as_dotnet_classifies_it()
    {
        // An oracle independent of the rule's own tables: char.IsControl for what no field may hold
        // (bar tab, line feed and carriage return in prose), char.IsWhiteSpace for padding.
        for (var code = 0; code <= 0xFFFF; code++)
        {
            var c = (char)code;
            if (char.IsSurrogate(c) || c == '\0')
            {
                continue;
            }

            var lineBreak = c is '\u2028' or '\u2029';
            var refusedInLine = char.IsControl(c) || lineBreak;
            var refusedInProse = char.IsControl(c) && c is not ('\t' or '\n' or '\r');
            Accepts(t => _ = new Region(t, RegionKind.MaritimeArea, Cite), $"x{c}x").Should().Be(!refusedInLine, $"U+{code:X4} inside a name");
            Accepts(t => _ = new NationalAim(India, t, Cite), $"x{c}x").Should().Be(!refusedInProse, $"U+{code:X4} inside prose");
            if (!refusedInProse)
            {
                Accepts(t => _ = new NationalAim(India, t, Cite), $"x{c}").Should().Be(!char.IsWhiteSpace(c), $"U+{code:X4} at the end of prose");
            }
        }
    }

    [Fact]
    public void A_message_shows_invisible_characters_escaped_and_cuts_a_long_value()
    {
        var escape = Assert.Throws<DomainRuleException>(() => new Region("Bay\u001B[31m of Bengal", RegionKind.MaritimeArea, Cite));
        var invisible = Assert.Throws<DomainRuleException>(() => new Region("\u200B\u2060", RegionKind.MaritimeArea, Cite));
        var document = Assert.Throws<DomainRuleException>(() => new SourceDocument("key", null, PartialDate.FromYear(2024), new string('x', 100_000) + "\f"));

        escape.Message.Should().StartWith(@"Region.Name 'Bay\u001B[31m of Bengal' is invalid: the control character U+001B at index 3").And.NotContain("\u001B");
        invisible.Message.Should().StartWith(@"Region.Name '\u200B\u2060' is invalid: at least one visible character is required");
        document.Message.Should().Contain("... (100001 characters)").And.Contain("U+000C at index 100000");
        document.Message.Length.Should().BeLessThan(500);
        document.Value.Should().BeOfType<string>().Which.Should().HaveLength(100_001, "the exception keeps the whole value");
    }

    [Fact]
    public void Citing_an_occurrence_that_is_not_there_names_the_problem()
    {
        var zeroth = () => Document.Cite("India", occurrence: 0);
        var tooMany = () => Document.Cite("India", occurrence: 99);

        zeroth.Should().Throw<DomainRuleException>().WithMessage("*occurrences count from 1*");
        tooMany.Should().Throw<DomainRuleException>().WithMessage("*99 times*");
    }

    public static TheoryData<string> Providers => new("sqlite", "postgresql");

    [Theory]
    [MemberData(nameof(Providers))]
    public void Every_text_column_carries_the_rule_in_the_database(string provider)
    {
        var builder = new DbContextOptionsBuilder<DefenceTiesDbContext>();
        using var db = new DefenceTiesDbContext(provider == "sqlite" ? builder.UseDefenceTiesSqlite("Data Source=:memory:").Options : builder.UseDefenceTiesPostgreSql("Host=localhost").Options);
        var model = db.GetService<IDesignTimeModel>().Model;
        // Codes have stricter pattern checks of their own; the hash and the name keys are the library's
        // (derived from checked texts; StoredDataCheck reports a key that is not its text's).
        string[] exempt = ["Nation.Alpha2Code", "Nation.Alpha3Code", "Nation.NumericCode", "Nation.CorrelatesOfWarAbbreviation", "Nation.GleditschWardAbbreviation", "SourceDocument.ContentSha256",
            "Person.NameKey", "Post.NameKey", "Organisation.NameKey", "Agreement.NameKey", "OtherName.NameKey", "Organisation.WikidataId", "Organisation.CowCode", "DefenceDeal.ValueCurrency", "Region.SubdivisionCode"];

        var textColumns = model.GetEntityTypes()
            .SelectMany(e => e.GetProperties().Where(p => p.ClrType == typeof(string) && !exempt.Contains($"{e.ClrType.Name}.{p.Name}")).Select(p => (Entity: e, Column: p.GetColumnName())))
            .ToList();

        textColumns.Should().HaveCountGreaterThan(20);
        foreach (var (entity, column) in textColumns)
        {
            var checks = entity.GetCheckConstraints().Select(c => c.Name).ToList();
            checks.Should().Contain([$"ck_{entity.GetTableName()}_{column}_not_blank", $"ck_{entity.GetTableName()}_{column}_characters", $"ck_{entity.GetTableName()}_{column}_visible"], $"{entity.ClrType.Name}.{column}");
        }
    }

    [Fact]
    public void Document_text_keeps_its_white_space_but_not_control_characters()
    {
        // The report opens with a space; a file's text ends with its final line break.
        new SourceDocument("opens-with-a-space", null, PartialDate.FromYear(2024), " date 2024-12-13\n\nText.\n").Text.Should().Be(" date 2024-12-13\n\nText.\n");

        var withBell = () => new SourceDocument("bell", null, PartialDate.FromYear(2024), "Text\u0007.");
        withBell.Should().Throw<DomainRuleException>().Which.Field.Should().Be(nameof(SourceDocument.Text));
    }

    private static bool Accepts(Action<string> create, string text)
    {
        try
        {
            create(text);
            return true;
        }
        catch (DomainRuleException)
        {
            return false;
        }
    }
}
