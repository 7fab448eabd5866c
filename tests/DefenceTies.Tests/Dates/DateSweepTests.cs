using System.Diagnostics;
using System.Globalization;
using CsCheck;
using DefenceTies.Bulk;
using DefenceTies.Model;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DefenceTies.Tests.Bulk.BulkImportTests;

namespace DefenceTies.Tests.Dates;

/// <summary>
/// A property-based sweep (CsCheck) of generated date texts: real and impossible days (leap years
/// above all), malformed months and years, and noise of the right lengths. The database's CHECK
/// and <see cref="PartialDate.TryParse"/> give every text the same verdict; a text stored by SQL
/// reads back as the date it names; every real date is stored and read back exactly through the
/// model and the bulk importer; every impossible one is refused by name.
/// </summary>
public class DateSweepTests(ITestOutputHelper output)
{
    private const int Batches = 12;

    private const int BatchSize = 100;

    private static readonly string[] Paths = ["model", "bulk"];

    private static readonly Gen<int> Year = Gen.Frequency(
        (6, Gen.Int[1, 9999]),
        (4, Gen.OneOf(1, 4, 100, 400, 1600, 1900, 2000, 2023, 2024, 2100, 9996, 9999)),
        (1, Gen.Const(0)));

    private static readonly Gen<string> Structured =
        Gen.Select(Year, Gen.Int[0, 13], Gen.Frequency((3, Gen.Int[27, 32]), (2, Gen.Int[0, 32])), Gen.Int[1, 3], (y, m, d, precision) => precision switch
        {
            1 => Digits(y, 4),
            2 => $"{Digits(y, 4)}-{Digits(m, 2)}",
            _ => $"{Digits(y, 4)}-{Digits(m, 2)}-{Digits(d, 2)}",
        });

    private static readonly Gen<string> Noise =
        Gen.OneOf(4, 7, 10).SelectMany(length => Gen.Char["0123456789-- x"].Array[length].Select(chars => new string(chars)));

    private static readonly Gen<string> Candidate = Gen.Frequency((4, Structured), (1, Noise));

    [Theory]
    [MemberData(nameof(Databases.Engines), MemberType = typeof(Databases))]
    public async Task Generated_dates_are_real_and_read_back_exactly_or_refused_by_name_by_model_and_database_alike(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(kind);
        var citation = await Texts.TextSweepTests.PlantCitationAsync(database);
        var importer = ImporterFor(database);
        var (values, real) = (0, 0);
        var clock = Stopwatch.StartNew();

        await Candidate.Array[BatchSize].SampleAsync(
            async texts =>
            {
                var dates = new List<PartialDate>();
                var inserted = new List<int>();
                await using var db = database.CreateContext();
                db.Attach(citation);
                foreach (var text in texts)
                {
                    var parsed = PartialDate.TryParse(text, out var date);
                    try
                    {
                        inserted.Add((await db.Database.SqlQuery<int>($"INSERT INTO engagements (kind, subject, held_on, citation_id) VALUES ('Talks', 'sql', {text}, {citation.Id}) RETURNING id AS \"Value\"").ToListAsync()).Single());
                        parsed.Should().BeTrue($"the database stored '{text}', which is not a date");
                        date.ToString().Should().Be(text, "a stored date is canonical text");
                        dates.Add(date);
                    }
                    catch (ConstraintViolationException error)
                    {
                        parsed.Should().BeFalse($"the database refused '{text}' ({error.ConstraintName}), a real date");
                        (error.Entity, error.Field, error.ConstraintName).Should().Be((nameof(Engagement), nameof(Engagement.HeldOn), "ck_engagements_held_on_format"));
                    }
                }

                // What SQL stored reads back, through the converter, as the date the text names (one query a batch).
                var readBack = await db.Engagements.Where(e => inserted.Contains(e.Id)).OrderBy(e => e.Id).Select(e => e.HeldOn).ToListAsync();
                readBack.Should().Equal(dates, "each text SQL stored reads back as the date it names");

                // The model and the bulk path, with every real date of the batch.
                db.AddRange(dates.Select(d => new Engagement(EngagementKind.Talks, "model", d, citation)));
                await db.SaveChangesAsync();
                var ids = await importer.CreateIdAllocatorAsync();
                var batch = new BulkImportBatch();
                foreach (var date in dates)
                {
                    batch.Engagements.Add(new EngagementRow { Id = ids.Next<EngagementRow>(), Kind = EngagementKind.Talks, Subject = "bulk", HeldOn = date, CitationId = citation.Id });
                }

                await importer.ImportAsync(batch);
                foreach (var path in Paths)
                {
                    var stored = await db.Engagements.Where(e => e.Subject == path).OrderBy(e => e.Id).Select(e => e.HeldOn).ToListAsync();
                    stored.TakeLast(dates.Count).Should().Equal(dates, path);
                }

                values += texts.Length;
                real += dates.Count;
                (await db.Engagements.CountAsync()).Should().Be(3 * real, "refused dates store nothing");
            },
            iter: Batches,
            threads: 1);

        output.WriteLine($"{kind}: {values} generated date texts ({real} real dates stored and read back on 3 paths, {values - real} refused by name by the database and PartialDate alike) in {clock.Elapsed.TotalSeconds:F1} s");
        values.Should().Be(Batches * BatchSize);
        real.Should().BeGreaterThan(values / 10);
        (values - real).Should().BeGreaterThan(values / 10);
    }

    [Fact]
    public void The_factories_refuse_what_the_database_refuses_naming_their_parameter()
    {
        Gen.Select(Year, Gen.Int[0, 13], Gen.Int[0, 32]).Sample((y, m, d) =>
        {
            var text = $"{Digits(y, 4)}-{Digits(m, 2)}-{Digits(d, 2)}";
            var real = PartialDate.TryParse(text, out var parsed);
            try
            {
                PartialDate.FromYearMonthDay(y, m, d).Should().Be(parsed);
                real.Should().BeTrue(text);
            }
            catch (ArgumentOutOfRangeException error)
            {
                real.Should().BeFalse(text);
                error.ParamName.Should().BeOneOf("year", "month", "day");
            }
        }, iter: 20_000);
    }

    private static string Digits(int value, int width) => value.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
}
