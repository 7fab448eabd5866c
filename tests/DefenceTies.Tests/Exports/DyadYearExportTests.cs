using System.Globalization;
using CsvHelper;
using DefenceTies.Exports;
using DefenceTies.Model;
using DefenceTies.Tests.Infrastructure;
using DefenceTies.Tests.Queries;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Exports;

/// <summary>
/// The dyad-year panel read back with CsvHelper and compared with the year rule and the pair order
/// of docs/exports.md, worked out here again from the database's facts (not from the exporter's code).
/// </summary>
public class DyadYearExportTests
{
    private static readonly string[] Counts =
    [
        "agreements_memorandum_of_understanding", "agreements_decision_to_establish", "agreements_treaty", "agreements_joint_declaration", "agreements_other",
        "exercises", "engagements", "working_groups", "tension", "arms_deals_ordered", "arms_deals_delivered", "agreements_ratified", "agreements_in_force",
    ];

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task India_Thailand_rows_are_exactly_the_years_the_rule_gives(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var (header, rows) = Parse((await Exported.RunAsync(db, ExportFormat.DyadYear)).Text);

        header.Should().Equal(["iso3_1", "iso3_2", "ccode1", "ccode2", "year", .. Counts, "newest_source_year"]);
        var expected = await ExpectedAsync(db, "IND", "THA");
        expected.Should().NotBeEmpty("the seeded report ties India and Thailand in dated facts");
        Pair(rows, "IND", "THA").Should().BeEquivalentTo(expected.Select(e => e.Row), o => o.WithStrictOrdering());

        var codes = await db.Nations.Where(n => n.Alpha3Code == "IND" || n.Alpha3Code == "THA").ToDictionaryAsync(n => n.Alpha3Code, n => n.CorrelatesOfWarCode);
        Pair(rows, "IND", "THA").Should().OnlyContain(r => r["ccode1"] == Cow(codes["IND"]) && r["ccode2"] == Cow(codes["THA"]));
        rows.Should().OnlyContain(r => Counts.Any(c => r[c] != "0"), "a row is written only for a year in which a tie holds");
        rows.Should().OnlyContain(r => InCowOrder(r), "a pair is written in COW order, ccode1 < ccode2 (ISO order only between uncoded nations)");
        rows.Select(r => (First: r["iso3_1"], Second: r["iso3_2"], Year: r["year"])).Should().NotContain(k => rows.Any(r => r["iso3_1"] == k.Second && r["iso3_2"] == k.First && r["year"] == k.Year), "each unordered pair once a year");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_newer_source_extends_open_ties_and_a_nation_without_a_COW_code_leaves_it_empty(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        string noCow;
        await using (var lookup = database.CreateContext())
        {
            noCow = await lookup.Nations.Where(n => n.CorrelatesOfWarCode == null).OrderBy(n => n.Alpha3Code).Select(n => n.Alpha3Code).FirstAsync();
        }

        // The planted document is newer than the report: a dated exercise of India and Thailand it
        // reports makes every open India–Thailand tie run through its year.
        await PlantedFacts.AddAsync(
            database,
            p =>
            {
                var exercise = p.Add(new ExerciseSeries("PLANTED", p.Citation)).AddEdition(p.Citation, PartialDate.FromYearMonth(2025, 3));
                exercise.AddParticipant(p.India, p.Citation);
                exercise.AddParticipant(p.Thailand, p.Citation);
                p.AddAgreement("planted treaty", PartialDate.FromYear(2020), AgreementStatus.Signed, p.India, p.Db.Nations.Local.Single(n => n.Alpha3Code == noCow));
            },
            db => db.Nations.Where(n => n.Alpha3Code == noCow).LoadAsync());
        await using var db = database.CreateContext();

        var (_, rows) = Parse((await Exported.RunAsync(db, ExportFormat.DyadYear)).Text);

        var planted = await db.SourceDocuments.Where(d => d.Key == PlantedFacts.DocumentKey).Select(d => d.PublishedOn).SingleAsync();
        var india = Pair(rows, "IND", "THA");
        india.Should().BeEquivalentTo((await ExpectedAsync(db, "IND", "THA")).Select(e => e.Row), o => o.WithStrictOrdering());
        india[^1]["year"].Should().Be(planted.Year.ToString(CultureInfo.InvariantCulture));

        // The coded nation first, whatever the alpha-3 order.
        var withoutCow = Pair(rows, "IND", noCow);
        withoutCow.Should().BeEquivalentTo((await ExpectedAsync(db, "IND", noCow)).Select(e => e.Row), o => o.WithStrictOrdering());
        withoutCow.Should().NotBeEmpty().And.OnlyContain(r => r["ccode2"] == string.Empty && r["ccode1"] != string.Empty);
        Pair(rows, noCow, "IND").Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Pairs_follow_the_COW_order_and_ISO_order_only_between_nations_without_a_COW_code(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        string lowerCow, firstUncoded, secondUncoded;
        await using (var lookup = database.CreateContext())
        {
            var nations = await lookup.Nations.Select(n => new { n.Alpha3Code, n.CorrelatesOfWarCode }).ToListAsync();
            var indiaCow = nations.Single(n => n.Alpha3Code == "IND").CorrelatesOfWarCode!.Value;

            // A nation whose alpha-3 code sorts after India's but whose COW code is below India's:
            // the old ISO order put India first, COW's puts it second.
            lowerCow = nations.Where(n => n.CorrelatesOfWarCode < indiaCow && string.CompareOrdinal(n.Alpha3Code, "IND") > 0).OrderBy(n => n.Alpha3Code, StringComparer.Ordinal).First().Alpha3Code;
            var uncoded = nations.Where(n => n.CorrelatesOfWarCode == null).Select(n => n.Alpha3Code).Order(StringComparer.Ordinal).Take(2).ToList();
            (firstUncoded, secondUncoded) = (uncoded[0], uncoded[1]);
        }

        await PlantedFacts.AddAsync(
            database,
            p =>
            {
                Nation Of(string alpha3) => p.Db.Nations.Local.Single(n => n.Alpha3Code == alpha3);
                p.AddAgreement("planted treaty with a lower COW code", PartialDate.FromYear(2021), AgreementStatus.Signed, p.India, Of(lowerCow));

                // Parties named in reverse alpha-3 order: the order of the panel is not the order stated.
                p.AddAgreement("planted treaty of two uncoded nations", PartialDate.FromYear(2022), AgreementStatus.Signed, Of(secondUncoded), Of(firstUncoded));
            },
            db => db.Nations.Where(n => n.Alpha3Code == lowerCow || n.Alpha3Code == firstUncoded || n.Alpha3Code == secondUncoded).LoadAsync());
        await using var db = database.CreateContext();

        var (_, rows) = Parse((await Exported.RunAsync(db, ExportFormat.DyadYear)).Text);

        Pair(rows, "IND", lowerCow).Should().BeEmpty("COW orders India after a nation with a lower COW code");
        Pair(rows, lowerCow, "IND").Should().BeEquivalentTo((await ExpectedAsync(db, lowerCow, "IND")).Select(e => e.Row), o => o.WithStrictOrdering())
            .And.NotBeEmpty().And.OnlyContain(r => int.Parse(r["ccode1"], CultureInfo.InvariantCulture) < int.Parse(r["ccode2"], CultureInfo.InvariantCulture));
        Pair(rows, secondUncoded, firstUncoded).Should().BeEmpty("two nations without a COW code are in alpha-3 order");
        Pair(rows, firstUncoded, secondUncoded).Should().BeEquivalentTo((await ExpectedAsync(db, firstUncoded, secondUncoded)).Select(e => e.Row), o => o.WithStrictOrdering())
            .And.NotBeEmpty().And.OnlyContain(r => r["ccode1"] == string.Empty && r["ccode2"] == string.Empty);
        rows.Should().OnlyContain(r => InCowOrder(r));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_date_range_keeps_the_years_inside_it(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var all = Pair(Parse((await Exported.RunAsync(db, ExportFormat.DyadYear)).Text).Rows, "IND", "THA");
        var year = int.Parse(all[0]["year"], CultureInfo.InvariantCulture);

        var filter = new ExportFilter { From = PartialDate.FromYear(year), To = PartialDate.FromYearMonthDay(year, 12, 31) };
        var (_, rows) = Parse((await Exported.RunAsync(db, ExportFormat.DyadYear, filter)).Text);

        rows.Should().OnlyContain(r => r["year"] == all[0]["year"]);
        Pair(rows, "IND", "THA").Should().BeEquivalentTo([all[0]]);
    }

    /// <summary>The rule of docs/exports.md, applied to one pair's facts loaded whole.</summary>
    private static async Task<List<(int Year, Dictionary<string, string> Row)>> ExpectedAsync(DefenceTiesDbContext db, string a, string b)
    {
        var ties = new List<(string Column, int? Start, int? End, IEnumerable<int> DocumentYears)>();
        static IEnumerable<int> Years(Citation c) => [c.SourceDocument.PublishedOn.Year, .. c.Corroborations.Select(k => k.SourceDocument.PublishedOn.Year)];

        foreach (var x in await db.Agreements.Include(x => x.Citation.SourceDocument).Include(x => x.Citation.Corroborations).ThenInclude(c => c.SourceDocument)
                     .Where(x => x.Parties.Any(p => p.Nation.Alpha3Code == a) && x.Parties.Any(p => p.Nation.Alpha3Code == b)).ToListAsync())
        {
            var column = "agreements_" + string.Concat(x.Kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
            ties.Add((column, (x.EnteredIntoForceOn ?? x.ConcludedOn)?.Year, x.EndedOn?.Year, Years(x.Citation)));
            ties.Add(("agreements_in_force", x.EnteredIntoForceOn?.Year, x.EndedOn?.Year, Years(x.Citation)));
        }

        foreach (var x in await db.MilitaryExercises.Include(x => x.Citation.SourceDocument).Include(x => x.Citation.Corroborations).ThenInclude(c => c.SourceDocument)
                     .Where(x => x.Participants.Any(p => p.Nation.Alpha3Code == a) && x.Participants.Any(p => p.Nation.Alpha3Code == b)).ToListAsync())
        {
            ties.Add(("exercises", x.StartedOn?.Year, (x.EndedOn ?? x.StartedOn)?.Year, Years(x.Citation)));
        }

        foreach (var x in await db.Engagements.Include(x => x.Citation.SourceDocument).Include(x => x.Citation.Corroborations).ThenInclude(c => c.SourceDocument)
                     .Where(x => x.Delegations.Any(p => p.Nation.Alpha3Code == a) && x.Delegations.Any(p => p.Nation.Alpha3Code == b)).ToListAsync())
        {
            ties.Add(("engagements", x.HeldOn.Year, x.HeldOn.Year, Years(x.Citation)));
        }

        foreach (var x in await db.WorkingGroups.Include(x => x.EstablishedBy).Include(x => x.Citation.SourceDocument).Include(x => x.Citation.Corroborations).ThenInclude(c => c.SourceDocument)
                     .Where(x => x.Members.Any(p => p.Nation.Alpha3Code == a) && x.Members.Any(p => p.Nation.Alpha3Code == b)).ToListAsync())
        {
            ties.Add(("working_groups", x.EstablishedBy?.ConcludedOn?.Year, null, Years(x.Citation)));
        }

        if (ties.Count == 0)
        {
            return [];
        }

        var newest = ties.SelectMany(t => t.DocumentYears).Max();
        var byYear = new SortedDictionary<int, Dictionary<string, int>>();
        foreach (var (column, start, end, _) in ties.Where(t => t.Start is not null))
        {
            for (var year = start!.Value; year <= (end ?? Math.Max(start.Value, newest)); year++)
            {
                var counts = byYear.TryGetValue(year, out var c) ? c : byYear[year] = Counts.ToDictionary(k => k, _ => 0);
                counts[column]++;
            }
        }

        var cow = await db.Nations.Where(n => n.Alpha3Code == a || n.Alpha3Code == b).ToDictionaryAsync(n => n.Alpha3Code, n => n.CorrelatesOfWarCode);
        return [.. byYear.Select(y => (y.Key, new Dictionary<string, string>
        {
            ["iso3_1"] = a,
            ["iso3_2"] = b,
            ["ccode1"] = Cow(cow[a]),
            ["ccode2"] = Cow(cow[b]),
            ["year"] = y.Key.ToString(CultureInfo.InvariantCulture),
            ["newest_source_year"] = newest.ToString(CultureInfo.InvariantCulture),
        }.Concat(y.Value.Select(v => KeyValuePair.Create(v.Key, v.Value.ToString(CultureInfo.InvariantCulture)))).ToDictionary()))];
    }

    /// <summary>
    /// The pair order of docs/exports.md, read from a row's own fields: COW's <c>ccode1 &lt; ccode2</c>
    /// when both nations have a code; the coded nation first when one has; alpha-3 order when neither has.
    /// </summary>
    private static bool InCowOrder(Dictionary<string, string> row) => (row["ccode1"], row["ccode2"]) switch
    {
        ("", "") => string.CompareOrdinal(row["iso3_1"], row["iso3_2"]) < 0,
        ("", _) => false,
        (_, "") => true,
        var (c1, c2) => int.Parse(c1, CultureInfo.InvariantCulture) < int.Parse(c2, CultureInfo.InvariantCulture),
    };

    private static string Cow(int? code) => code?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static List<Dictionary<string, string>> Pair(List<Dictionary<string, string>> rows, string a, string b) =>
        [.. rows.Where(r => r["iso3_1"] == a && r["iso3_2"] == b)];

    private static (string[] Header, List<Dictionary<string, string>> Rows) Parse(string text)
    {
        using var csv = new CsvDataReader(CsvReader.Create(new StringReader(text), CsvReaderOptions.Default, leaveOpen: false), leaveOpen: false);
        var header = Enumerable.Range(0, csv.FieldCount).Select(csv.GetName).ToArray();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(header.Select((h, i) => (h, i)).ToDictionary(f => f.h, f => csv.GetString(f.i)));
        }

        return (header, rows);
    }
}
