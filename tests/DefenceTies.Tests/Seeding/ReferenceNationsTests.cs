using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DefenceTies.FactPacks;
using DefenceTies.Model;
using DefenceTies.Seeding;
using DefenceTies.Seeding.Reports;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Seeding;

/// <summary>
/// The reference nations: the list in src/DefenceTies/Reference is the shared file byte for byte, is
/// stored exactly as a source document of its own, and every one of its 249 entries is a nation
/// that cites its own line, with the codes the line gives and no others.
/// </summary>
public class ReferenceNationsTests
{
    private const string ResourceName = "DefenceTies.Reference.nation-codes.csv";

    private static readonly string RepositoryFile = Path.Combine(RepositoryPaths.Root, "src", "DefenceTies", "Reference", "nation-codes.csv");

    [Fact]
    public void The_embedded_list_is_the_repository_file_byte_for_byte()
    {
        using var stream = typeof(Nation).Assembly.GetManifestResourceStream(ResourceName);
        using var copy = new MemoryStream();
        stream.Should().NotBeNull();
        stream!.CopyTo(copy);

        copy.ToArray().Should().Equal(File.ReadAllBytes(RepositoryFile));
    }

    [Fact]
    public void The_repository_list_is_byte_for_byte_the_shared_reference_file()
    {
        var shared = RepositoryPaths.SharedReferenceFile("nation-codes.csv");
        Assert.SkipWhen(shared is null, "../shared/reference is not beside this checkout");

        File.ReadAllBytes(RepositoryFile).Should().Equal(File.ReadAllBytes(shared!));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_database_seeded_from_scratch_holds_every_entry_with_the_codes_its_line_gives(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        // The codes are never quoted in the file: the first three fields and the last four of a line.
        var expected = File.ReadAllLines(RepositoryFile).Skip(1).Select(line => line.Split(',')).Select(f => Codes(f[0], f[1], f[2], Number(f[^4]), Text(f[^3]), Number(f[^2]), Text(f[^1])));

        var stored = await db.Nations.Select(n => new { n.Alpha2Code, n.Alpha3Code, n.NumericCode, n.CorrelatesOfWarCode, n.CorrelatesOfWarAbbreviation, n.GleditschWardCode, n.GleditschWardAbbreviation }).ToListAsync();

        stored.Should().HaveCount(249);
        stored.Select(n => Codes(n.Alpha2Code, n.Alpha3Code, n.NumericCode, n.CorrelatesOfWarCode, n.CorrelatesOfWarAbbreviation, n.GleditschWardCode, n.GleditschWardAbbreviation))
            .Should().BeEquivalentTo(expected, "every entry is stored with exactly its line's codes, and a gap stays empty");
        stored.Count(n => n.CorrelatesOfWarCode is null).Should().Be(56, "56 entries have no COW code, and none is invented");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task India_is_COW_750_and_Thailand_COW_800(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();

        var nations = await db.Nations.Where(n => n.Alpha2Code == "IN" || n.Alpha2Code == "TH" || n.Alpha2Code == "RS").OrderBy(n => n.Alpha2Code)
            .Select(n => new { n.Alpha2Code, n.Name, n.CorrelatesOfWarCode, n.CorrelatesOfWarAbbreviation, n.GleditschWardCode, n.GleditschWardAbbreviation })
            .ToListAsync();

        nations.Should().BeEquivalentTo(
            [
                new { Alpha2Code = "IN", Name = "India", CorrelatesOfWarCode = (int?)750, CorrelatesOfWarAbbreviation = (string?)"IND", GleditschWardCode = (int?)750, GleditschWardAbbreviation = (string?)"IND" },
                // The list gives Serbia a Gleditsch–Ward code but no COW code: the gap stays empty.
                new { Alpha2Code = "RS", Name = "Serbia", CorrelatesOfWarCode = (int?)null, CorrelatesOfWarAbbreviation = (string?)null, GleditschWardCode = (int?)340, GleditschWardAbbreviation = (string?)"SER" },
                new { Alpha2Code = "TH", Name = "Thailand", CorrelatesOfWarCode = (int?)800, CorrelatesOfWarAbbreviation = (string?)"THI", GleditschWardCode = (int?)800, GleditschWardAbbreviation = (string?)"THI" },
            ],
            o => o.WithStrictOrdering());
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Every_nation_cites_its_own_line_of_the_reference_list(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var bytes = await File.ReadAllBytesAsync(RepositoryFile);
        var file = Encoding.UTF8.GetString(bytes);

        var document = await db.SourceDocuments.SingleAsync(d => d.Key == ReferenceNationsSeed.ReferenceDocumentKey);
        var citations = await db.Nations
            .Select(n => new { n.Alpha2Code, n.Alpha3Code, n.NumericCode, n.Name, n.Citation.SourceDocumentId, n.Citation.Passage, n.Citation.StartIndex, n.Citation.Length })
            .ToListAsync();

        document.Text.Should().Be(file, "the list is stored exactly, final line break included");
        document.ContentSha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(bytes)), "so the stored hash is the file's");
        document.Title.Should().BeNull("the list states no title");
        document.PublishedOn.Should().Be(PartialDate.FromYearMonthDay(2023, 4, 27), "the release of iso-codes 4.15.0, the one date a source states");
        citations.Should().HaveCount(249).And.OnlyContain(c => c.SourceDocumentId == document.Id, "a nation cites the reference list, never a report");
        foreach (var c in citations)
        {
            var line = file.Split('\n').Single(l => l.StartsWith($"{c.Alpha2Code},{c.Alpha3Code},{c.NumericCode},", StringComparison.Ordinal));
            c.Passage.Should().Be(line, $"{c.Alpha2Code} cites its own line, whole");
            c.StartIndex.Should().Be(file.IndexOf("\n" + line + "\n", StringComparison.Ordinal) + 1, $"{c.Alpha2Code} cites the line where it stands");
            c.Length.Should().Be(line.Length);
            c.Name.Should().Be(NameField(line), $"{c.Alpha2Code}'s name is the one its line gives");
        }
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_reference_nations_can_be_seeded_without_any_report(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(kind);
        await using var db = database.CreateContext();

        var result = await new DefenceTiesSeeder([new ReferenceNationsSeed()]).SeedAsync(db);

        result.Applied.Should().Equal(new ReferenceNationsSeed().Key);
        (await db.Nations.CountAsync()).Should().Be(249);
        (await db.SourceDocuments.Select(d => d.Key).ToListAsync()).Should().Equal(ReferenceNationsSeed.ReferenceDocumentKey);
        (await db.Citations.CountAsync()).Should().Be(249, "one line cited per nation");
        (await db.Agreements.CountAsync()).Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_report_seeded_without_the_reference_nations_is_refused_and_stores_nothing(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(kind);
        await using var db = database.CreateContext();
        var seeder = new DefenceTiesSeeder([new IndiaThailandCoProductionReport()]);

        var seed = () => seeder.SeedAsync(db);

        var error = (await seed.Should().ThrowAsync<DefenceTiesSeedException>()).Which;
        error.InnerException.Should().BeOfType<FactPackException>().Which.Problems.Should().Contain(p => p.Path == "$.facts[0].nation" && p.Message.Contains("'IN'"));
        error.Message.Should().Contain("'IN'").And.Contain(nameof(ReferenceNationsSeed));
        (await RowCounts.OfAsync(db)).Values.Sum().Should().Be(0);
    }

    private static string Codes(string alpha2, string alpha3, string numeric, int? cow, string? cowAbbreviation, int? gw, string? gwAbbreviation) =>
        $"{alpha2}/{alpha3}/{numeric} COW {cow?.ToString(CultureInfo.InvariantCulture) ?? "-"} {cowAbbreviation ?? "-"} GW {gw?.ToString(CultureInfo.InvariantCulture) ?? "-"} {gwAbbreviation ?? "-"}";

    /// <summary>The fourth field of a line: quoted when it holds a comma (no name in the list holds a quote).</summary>
    private static string NameField(string line)
    {
        var start = line.IndexOf(',', line.IndexOf(',', line.IndexOf(',') + 1) + 1) + 1;
        return line[start] == '"' ? line[(start + 1)..line.IndexOf('"', start + 1)] : line[start..line.IndexOf(',', start)];
    }

    private static int? Number(string field) => field.Length == 0 ? null : int.Parse(field, CultureInfo.InvariantCulture);

    private static string? Text(string field) => field.Length == 0 ? null : field;
}
