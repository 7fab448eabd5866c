using System.Diagnostics;
using System.Text;
using DefenceTies.Bulk;
using DefenceTies.Model;

namespace DefenceTies.Benchmarks;

/// <summary>
/// Fills a migrated, empty database with a deterministic data set through the public bulk path:
/// the 249 ISO 3166-1 nations, then synthetic "reports" of <see cref="AgreementsPerReport"/>
/// agreements (with their two parties), <see cref="EngagementsPerReport"/> engagements (two
/// delegations, each with a leader) and <see cref="ExercisesPerReport"/> exercises (two or three
/// participants). Each report is one source document whose text is made of one sentence per fact;
/// every fact cites its sentence (passage == text at start_index). Report <c>r</c> is generated
/// from its own seed, so report 0 is the same at every scale.
/// <para>
/// Random facts never involve India (IN) or Thailand (TH), and are dated 1960-2019. The planted
/// facts (the same at every scale) are the only ones that do, or that fall outside those years:
/// 50 IN-TH agreements (2020-2024), 40 IN agreements in force on 1955-06-01 (and 10 ended by
/// then), 10 IN-TH engagements including the talks of 2024-12-12, and 20 exercises with India
/// (10 of them with Thailand). So each headline question has the same answer at every scale.
/// </para>
/// </summary>
public static class ScaleGenerator
{
    public const int AgreementsPerReport = 500;
    public const int EngagementsPerReport = 125;
    public const int ExercisesPerReport = 50;
    public const int Seed = 20241212;
    public const string PlantedKey = "bench-planted";
    public const string FirstReportKey = "bench-report-000000";

    private static readonly string[] Subjects =
    [
        "defence cooperation", "maritime security", "joint exercises", "technology transfer", "co-production",
        "research and development", "counter-terrorism", "disaster relief", "military training", "logistics support",
    ];

    private static readonly AgreementKind[] Kinds = Enum.GetValues<AgreementKind>();

    public sealed record NationCodes(string Alpha2, string Alpha3, string Numeric, string Name);

    /// <summary>The ISO 3166-1 list committed with the benchmarks (see Data/README.md).</summary>
    public static IReadOnlyList<NationCodes> LoadNations()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "iso-3166-1.tsv");
        return File.ReadLines(path).Skip(1).Select(l => l.Split('\t')).Select(f => new NationCodes(f[0], f[1], f[2], f[3])).ToList();
    }

    /// <summary>Generates <paramref name="agreements"/> agreements' worth of data (a multiple of <see cref="AgreementsPerReport"/>).</summary>
    public static async Task<long> GenerateAsync(DefenceTiesBulkImporter importer, int agreements, TextWriter log, int reportsPerImport = 20)
    {
        var clock = Stopwatch.StartNew();
        var ids = await importer.CreateIdAllocatorAsync();
        var nations = LoadNations();
        var batch = new BulkImportBatch();
        var nationIds = AddNations(batch, ids, nations);
        AddPlanted(batch, ids, nationIds);
        long rows = 0;
        var reports = agreements / AgreementsPerReport;
        var pool = nations.Where(n => n.Alpha2 is not ("IN" or "TH")).Select(n => (nationIds[n.Alpha2], n.Name)).ToArray();
        for (var r = 0; r < reports; r++)
        {
            AddReport(batch, ids, r, pool);
            if ((r + 1) % reportsPerImport == 0 || r == reports - 1)
            {
                await importer.ImportAsync(batch);
                rows += batch.TotalRows;
                batch.Clear();
                log.Write($"\r  {r + 1}/{reports} reports, {rows:N0} rows, {rows / clock.Elapsed.TotalSeconds:N0} rows/s   ");
            }
        }

        if (batch.TotalRows > 0)
        {
            await importer.ImportAsync(batch);
            rows += batch.TotalRows;
        }

        log.WriteLine($"\r  {reports} reports, {rows:N0} rows in {clock.Elapsed.TotalSeconds:N1} s ({rows / clock.Elapsed.TotalSeconds:N0} rows/s)");
        return rows;
    }

    /// <summary>Builds the data of <paramref name="agreements"/> agreements as one in-memory batch (for the import benchmark), with ids from <paramref name="ids"/>.</summary>
    public static BulkImportBatch BuildBatch(int agreements, BulkIdAllocator ids)
    {
        var nations = LoadNations();
        var batch = new BulkImportBatch();
        var nationIds = AddNations(batch, ids, nations);
        AddPlanted(batch, ids, nationIds);
        var pool = nations.Where(n => n.Alpha2 is not ("IN" or "TH")).Select(n => (nationIds[n.Alpha2], n.Name)).ToArray();
        for (var r = 0; r < agreements / AgreementsPerReport; r++)
        {
            AddReport(batch, ids, r, pool);
        }

        return batch;
    }

    private static Dictionary<string, int> AddNations(BulkImportBatch batch, BulkIdAllocator ids, IReadOnlyList<NationCodes> nations)
    {
        var doc = new DocumentBuilder(batch, ids, "bench-iso-3166-1", PartialDate.FromYear(2024));
        var result = new Dictionary<string, int>();
        foreach (var n in nations)
        {
            var cite = doc.Sentence($"{n.Name} has the ISO 3166-1 codes {n.Alpha2}, {n.Alpha3} and {n.Numeric}.");
            var id = ids.Next<NationRow>();
            batch.Nations.Add(new NationRow { Id = id, Alpha2Code = n.Alpha2, Alpha3Code = n.Alpha3, NumericCode = n.Numeric, Name = n.Name, CitationId = cite });
            result[n.Alpha2] = id;
        }

        doc.Complete();
        return result;
    }

    private static void AddPlanted(BulkImportBatch batch, BulkIdAllocator ids, Dictionary<string, int> nation)
    {
        var doc = new DocumentBuilder(batch, ids, PlantedKey, PartialDate.FromYearMonthDay(2024, 12, 12));
        var (india, thailand) = (nation["IN"], nation["TH"]);
        for (var i = 0; i < 50; i++)
        {
            var on = PartialDate.FromYearMonthDay(2020 + (i % 5), 1 + (i % 12), 1 + (i % 28));
            var cite = doc.Sentence($"On {on}, India and Thailand concluded agreement IN-TH-{i:D2} on {Subjects[i % Subjects.Length]}.");
            AddAgreement(batch, ids, $"IN-TH agreement {i:D2}", AgreementKind.MemorandumOfUnderstanding, AgreementStatus.Signed, Subjects[i % Subjects.Length], on, null, null, cite, india, thailand);
        }

        var partners = nation.Where(n => n.Key is not ("IN" or "TH")).OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => n.Value).ToArray();
        for (var i = 0; i < 50; i++)
        {
            var start = PartialDate.FromYearMonthDay(1950 + (i % 5), 1 + (i % 5), 1 + (i % 28));
            var ended = i < 40 ? (PartialDate?)null : PartialDate.FromYearMonthDay(1955, 1 + (i % 5), 1);
            var cite = doc.Sentence($"Treaty IN-{i:D2} entered into force on {start}{(ended is null ? string.Empty : $" and ended on {ended}")}.");
            AddAgreement(batch, ids, $"IN treaty {i:D2}", AgreementKind.Treaty, ended is null ? AgreementStatus.InForce : AgreementStatus.Ended, "defence cooperation", start, start, ended, cite, india, partners[i]);
        }

        for (var i = 0; i < 10; i++)
        {
            var on = i == 0 ? PartialDate.FromYearMonthDay(2024, 12, 12) : PartialDate.FromYearMonthDay(2020 + (i % 4), 1 + i, 10);
            var cite = doc.Sentence($"On {on}, Indian official {i:D2} and Thai general {i:D2} led their delegations at talks on co-production.");
            AddEngagement(batch, ids, on, "co-production", cite, (india, $"Indian official {i:D2}"), (thailand, $"Thai general {i:D2}"));
        }

        for (var i = 0; i < 20; i++)
        {
            var cite = doc.Sentence($"Exercise PLANTED-{i:D2} brought India together with {(i < 10 ? "Thailand" : "a partner")}.");
            AddExercise(batch, ids, $"PLANTED-{i:D2}", PartialDate.FromYearMonth(2020 + (i % 5), 1 + (i % 12)), cite, india, i < 10 ? thailand : partners[i]);
        }

        doc.Complete();
    }

    private static void AddReport(BulkImportBatch batch, BulkIdAllocator ids, int report, (int Id, string Name)[] pool)
    {
        var random = new Random(Seed + report);
        var doc = new DocumentBuilder(batch, ids, $"bench-report-{report:D6}", PartialDate.FromYearMonthDay(2020, 1 + (report % 12), 1 + (report % 28)));
        (int Id, string Name) Nation() => pool[random.Next(pool.Length)];
        (int Id, string Name, int OtherId, string OtherName) Pair()
        {
            var a = Nation();
            var b = Nation();
            while (b.Id == a.Id)
            {
                b = Nation();
            }

            return (a.Id, a.Name, b.Id, b.Name);
        }

        PartialDate Date(int fromYear, int toYear) =>
            PartialDate.FromDate(DateOnly.FromDayNumber(random.Next(new DateOnly(fromYear, 1, 1).DayNumber, new DateOnly(toYear, 12, 31).DayNumber + 1)));

        for (var i = 0; i < AgreementsPerReport; i++)
        {
            var (a, an, b, bn) = Pair();
            var subject = Subjects[random.Next(Subjects.Length)];
            var kind = Kinds[random.Next(Kinds.Length)];
            var concluded = Date(1960, 2014);
            var precision = random.Next(10);
            concluded = precision == 0 ? PartialDate.FromYear(concluded.Year) : precision == 1 ? PartialDate.FromYearMonth(concluded.Year, concluded.Month!.Value) : concluded;
            PartialDate? inForce = random.Next(10) < 7 ? PartialDate.FromDate(concluded.LatestDay.AddDays(random.Next(400))) : null;
            PartialDate? ended = random.Next(10) < 4 ? PartialDate.FromDate((inForce ?? concluded).LatestDay.AddDays(365 + random.Next(3650))) : null;
            var status = ended is not null ? AgreementStatus.Ended : inForce is not null ? AgreementStatus.InForce : AgreementStatus.Signed;
            var number = $"{report:D6}-{i:D3}";
            var cite = doc.Sentence($"On {concluded}, {an} and {bn} concluded a {kind} on {subject} (agreement {number}).");
            AddAgreement(batch, ids, $"Agreement {number} on {subject}", kind, status, subject, concluded, inForce, ended, cite, a, b);
        }

        for (var i = 0; i < EngagementsPerReport; i++)
        {
            var (a, an, b, bn) = Pair();
            var on = Date(1960, 2019);
            var subject = Subjects[random.Next(Subjects.Length)];
            var number = $"{report:D6}-{i:D3}";
            var cite = doc.Sentence($"On {on}, delegations of {an} and {bn} met for talks {number} on {subject}.");
            AddEngagement(batch, ids, on, subject, cite, (a, $"Envoy A{number}"), (b, $"Envoy B{number}"));
        }

        for (var i = 0; i < ExercisesPerReport; i++)
        {
            var (a, an, b, bn) = Pair();
            var third = random.Next(3) == 0 ? Nation() : default;
            var name = $"EX-{report:D6}-{i:D2}";
            var cite = doc.Sentence($"Exercise {name} brought together forces of {an} and {bn}.");
            var participants = third.Id != 0 && third.Id != a && third.Id != b ? new[] { a, b, third.Id } : [a, b];
            AddExercise(batch, ids, name, Date(1960, 2019), cite, participants);
        }

        doc.Complete();
    }

    private static void AddAgreement(BulkImportBatch batch, BulkIdAllocator ids, string title, AgreementKind kind, AgreementStatus status, string subject, PartialDate concluded, PartialDate? inForce, PartialDate? ended, int cite, int a, int b)
    {
        var id = ids.Next<AgreementRow>();
        batch.Agreements.Add(new AgreementRow
        {
            Id = id, Title = title, Kind = kind, Status = status, Subject = subject, ConcludedOn = concluded, EnteredIntoForceOn = inForce, EndedOn = ended, CitationId = cite,
        });
        batch.AgreementParties.Add(new AgreementPartyRow { Id = ids.Next<AgreementPartyRow>(), AgreementId = id, NationId = a, CitationId = cite });
        batch.AgreementParties.Add(new AgreementPartyRow { Id = ids.Next<AgreementPartyRow>(), AgreementId = id, NationId = b, CitationId = cite });
    }

    private static void AddEngagement(BulkImportBatch batch, BulkIdAllocator ids, PartialDate on, string subject, int cite, params (int Nation, string Leader)[] sides)
    {
        var engagement = ids.Next<EngagementRow>();
        batch.Engagements.Add(new EngagementRow { Id = engagement, Kind = EngagementKind.Talks, Subject = subject, HeldOn = on, CitationId = cite });
        foreach (var (nation, leader) in sides)
        {
            var delegation = ids.Next<DelegationRow>();
            batch.Delegations.Add(new DelegationRow { Id = delegation, EngagementId = engagement, NationId = nation, CitationId = cite });
            var person = ids.Next<PersonRow>();
            batch.People.Add(new PersonRow { Id = person, Name = leader, CitationId = cite });
            batch.DelegationMembers.Add(new DelegationMemberRow { Id = ids.Next<DelegationMemberRow>(), DelegationId = delegation, PersonId = person, Role = DelegationRole.Leader, CitationId = cite });
        }
    }

    private static void AddExercise(BulkImportBatch batch, BulkIdAllocator ids, string name, PartialDate started, int cite, params int[] nations)
    {
        // A series of one edition: the name names the series, and the edition has none of its own.
        var series = ids.Next<ExerciseSeriesRow>();
        batch.ExerciseSeries.Add(new ExerciseSeriesRow { Id = series, Name = name, CitationId = cite });
        var exercise = ids.Next<MilitaryExerciseRow>();
        batch.MilitaryExercises.Add(new MilitaryExerciseRow { Id = exercise, SeriesId = series, StartedOn = started, CitationId = cite });
        foreach (var nation in nations)
        {
            batch.ExerciseParticipants.Add(new ExerciseParticipantRow { Id = ids.Next<ExerciseParticipantRow>(), ExerciseId = exercise, NationId = nation, CitationId = cite });
        }
    }

    /// <summary>Writes a document sentence by sentence, citing each sentence where it lands in the text.</summary>
    private sealed class DocumentBuilder
    {
        private readonly BulkImportBatch _batch;
        private readonly BulkIdAllocator _ids;
        private readonly string _key;
        private readonly PartialDate _publishedOn;
        private readonly int _id;
        private readonly StringBuilder _text = new();
        private readonly List<CitationRow> _citations = [];

        public DocumentBuilder(BulkImportBatch batch, BulkIdAllocator ids, string key, PartialDate publishedOn)
        {
            (_batch, _ids, _key, _publishedOn) = (batch, ids, key, publishedOn);
            _id = ids.Next<SourceDocumentRow>();
        }

        public int Sentence(string sentence)
        {
            if (_text.Length > 0)
            {
                _text.Append(' ');
            }

            var id = _ids.Next<CitationRow>();
            _citations.Add(new CitationRow { Id = id, SourceDocumentId = _id, Passage = sentence, StartIndex = _text.Length });
            _text.Append(sentence);
            return id;
        }

        /// <summary>Adds the document, then its citations (which must follow it).</summary>
        public void Complete()
        {
            _batch.SourceDocuments.Add(new SourceDocumentRow { Id = _id, Key = _key, PublishedOn = _publishedOn, Text = _text.ToString() });
            foreach (var citation in _citations)
            {
                _batch.Citations.Add(citation);
            }
        }
    }
}
