using System.Data.Common;
using BenchmarkDotNet.Attributes;
using DefenceTies.Bulk;
using DefenceTies.Model;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DefenceTies.Benchmarks;

/// <summary>
/// Loads the same rows (the <see cref="ImportScale"/>-agreement data set, about 64 thousand rows
/// in 11 tables) into a fresh migrated database, through the public bulk importer and through
/// hand-written prepared INSERTs in one transaction (the baseline). Throughput ratio = 1 / time ratio.
/// </summary>
public class BulkImportBenchmarks
{
    private BulkImportBatch _batch = null!;
    private string _template = null!;
    private string _target = null!;
    private DefenceTiesBulkImporter _importer = null!;
    private int _iteration;

    public static int ImportScale { get; set; } = 10_000;

    [ParamsSource(nameof(Providers))]
    public Provider Provider { get; set; }

    public static IEnumerable<Provider> Providers => BenchSettings.Providers;

    [GlobalSetup]
    public void Setup()
    {
        _template = CreateEmptyAsync("bench_import_template").GetAwaiter().GetResult();
        // Every target is a copy of the empty template, so the template's ids fit them all.
        _batch = ScaleGenerator.BuildBatch(ImportScale, BenchEnvironment.Importer(Provider, _template).CreateIdAllocatorAsync().GetAwaiter().GetResult());
        Console.WriteLine($"// import batch: {_batch.TotalRows:N0} rows");
    }

    [IterationSetup]
    public void FreshDatabase()
    {
        _target = CreateEmptyAsync($"bench_import_{++_iteration % 2}", _template).GetAwaiter().GetResult();
        // An application keeps its importer; making one (reading the EF model) is not part of an import.
        _importer = BenchEnvironment.Importer(Provider, _target);
    }

    [Benchmark(Baseline = true)]
    public async Task<long> Raw_PreparedInserts()
    {
        await using DbConnection connection = Provider == Provider.Sqlite ? new SqliteConnection(_target) : new NpgsqlConnection(_target);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var b = _batch;
        long rows = 0;
        rows += Insert(transaction, "source_documents (id, key, title, published_on, text, content_sha256, origin)", b.SourceDocuments, r => [r.Id, r.Key, r.Title, r.PublishedOn.ToString(), r.Text, Sha256(r.Text), r.Origin.ToString()]);
        rows += Insert(transaction, "citations (id, source_document_id, passage, start_index, length, support, note)", b.Citations, r => [r.Id, r.SourceDocumentId, r.Passage, r.StartIndex, r.Passage.Length, r.Support.ToString(), r.Note]);
        rows += Insert(transaction, "nations (id, alpha2_code, alpha3_code, numeric_code, name, citation_id)", b.Nations, r => [r.Id, r.Alpha2Code, r.Alpha3Code, r.NumericCode, r.Name, r.CitationId]);
        rows += Insert(transaction, "people (id, name, name_key, rank, citation_id)", b.People, r => [r.Id, r.Name, NameKey.Of(r.Name), r.Rank, r.CitationId]);
        rows += Insert(transaction, "engagements (id, kind, subject, held_on, citation_id)", b.Engagements, r => [r.Id, r.Kind.ToString(), r.Subject, r.HeldOn.ToString(), r.CitationId]);
        rows += Insert(transaction, "delegations (id, engagement_id, nation_id, citation_id)", b.Delegations, r => [r.Id, r.EngagementId, r.NationId, r.CitationId]);
        rows += Insert(transaction, "delegation_members (id, delegation_id, person_id, role, capacity_post_id, citation_id)", b.DelegationMembers, r => [r.Id, r.DelegationId, r.PersonId, r.Role.ToString(), r.CapacityPostId, r.CitationId]);
        rows += Insert(transaction, "agreements (id, title, name_key, kind, status, subject, concluded_on, entered_into_force_on, ended_on, engagement_id, citation_id)", b.Agreements, r => [r.Id, r.Title, r.Title is null ? null : NameKey.Of(r.Title), r.Kind.ToString(), r.Status.ToString(), r.Subject, r.ConcludedOn?.ToString(), r.EnteredIntoForceOn?.ToString(), r.EndedOn?.ToString(), r.EngagementId, r.CitationId]);
        rows += Insert(transaction, "agreement_parties (id, agreement_id, nation_id, citation_id)", b.AgreementParties, r => [r.Id, r.AgreementId, r.NationId, r.CitationId]);
        rows += Insert(transaction, "exercise_series (id, name, citation_id)", b.ExerciseSeries, r => [r.Id, r.Name, r.CitationId]);
        rows += Insert(transaction, "military_exercises (id, series_id, name, started_on, ended_on, citation_id)", b.MilitaryExercises, r => [r.Id, r.SeriesId, r.Name, r.StartedOn?.ToString(), r.EndedOn?.ToString(), r.CitationId]);
        rows += Insert(transaction, "exercise_participants (id, exercise_id, nation_id, service_organisation_id, citation_id)", b.ExerciseParticipants, r => [r.Id, r.ExerciseId, r.NationId, r.ServiceOrganisationId, r.CitationId]);
        await transaction.CommitAsync();
        return rows;
    }

    [Benchmark]
    public async Task<long> BulkImporter()
    {
        await _importer.ImportAsync(_batch);
        return _batch.TotalRows;
    }

    [Benchmark]
    public async Task<long> BulkImporter_WithProgress()
    {
        // A progress bar's cost is its own; this measures what reporting costs the importer.
        var progress = new LastReport();
        await _importer.ImportAsync(_batch, progress);
        return progress.Last.IsCommitted ? progress.Last.RowsWritten : throw new InvalidOperationException("the import never reported its commit");
    }

    /// <summary>
    /// The cost of progress reporting, which the benchmarks above cannot resolve: run one after the
    /// other, a later benchmark gains from code the earlier ones got the JIT to optimise. Here the
    /// importer runs with and without progress in alternating order (ABBA) after warm-up imports,
    /// each into a fresh database; returns a markdown table of the medians.
    /// </summary>
    public static async Task<string> MeasureProgressOverheadAsync(Provider provider, int rounds)
    {
        var bench = new BulkImportBenchmarks { Provider = provider };
        bench.Setup();
        async Task<double> TimeAsync(bool withProgress)
        {
            bench.FreshDatabase();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            _ = withProgress ? await bench.BulkImporter_WithProgress() : await bench.BulkImporter();
            return clock.Elapsed.TotalMilliseconds;
        }

        for (var i = 0; i < 3; i++)
        {
            await TimeAsync(i % 2 == 0);
        }

        var without = new List<double>();
        var with = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            foreach (var withProgress in i % 2 == 0 ? new[] { false, true } : [true, false])
            {
                (withProgress ? with : without).Add(await TimeAsync(withProgress));
            }
        }

        static double Median(List<double> times) => times.Order().ElementAt(times.Count / 2);
        // Each round runs both, so the per-round difference cancels drift that moves both.
        var differences = without.Zip(with, (a, b) => (b / a) - 1).ToList();
        var line = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"| {provider} | {bench._batch.TotalRows:N0} | {rounds} | {Median(without):F0} | {Median(with):F0} | {(Median(with) / Median(without) - 1) * 100:+0.0;-0.0} % | {Median(differences) * 100:+0.0;-0.0} % |");
        Console.WriteLine(line);
        return "| provider | rows | rounds | median without progress (ms) | median with progress (ms) | ratio of medians | median of paired differences |\n|---|---:|---:|---:|---:|---:|---:|\n" + line + "\n";
    }

    /// <summary>Keeps the last report, on the importing thread.</summary>
    private sealed class LastReport : IProgress<BulkImportProgress>
    {
        public BulkImportProgress Last { get; private set; }

        public void Report(BulkImportProgress value) => Last = value;
    }

    private static long Insert<T>(DbTransaction transaction, string tableAndColumns, IList<T> rows, Func<T, object?[]> values)
    {
        var columnCount = tableAndColumns.Count(c => c == ',') + 1;
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {tableAndColumns} VALUES ({string.Join(", ", Enumerable.Range(0, columnCount).Select(i => $"@p{i}"))})";
        var parameters = new DbParameter[columnCount];
        var first = values(rows[0]);
        for (var i = 0; i < columnCount; i++)
        {
            parameters[i] = command.CreateParameter();
            parameters[i].ParameterName = $"p{i}";
            parameters[i].Value = first[i] ?? DBNull.Value;
            command.Parameters.Add(parameters[i]);
        }

        command.Prepare();
        foreach (var row in rows)
        {
            var v = values(row);
            for (var i = 0; i < columnCount; i++)
            {
                parameters[i].Value = v[i] ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }

        return rows.Count;
    }

    private static string Sha256(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    /// <summary>An empty migrated database: made by migrating (the template), or copied from the template.</summary>
    private async Task<string> CreateEmptyAsync(string name, string? template = null)
    {
        if (Provider == Provider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            var file = Path.Combine(BenchEnvironment.DataDirectory, $"{name}.db");
            var cs = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();
            File.Delete(file);
            if (template is null)
            {
                await MigrateAsync(cs);
            }
            else
            {
                File.Copy(new SqliteConnectionStringBuilder(template).DataSource, file);
            }

            return cs;
        }

        NpgsqlConnection.ClearAllPools();
        var admin = await BenchEnvironment.PostgresAdminAsync();
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            var create = template is null ? $"CREATE DATABASE {name}" : $"CREATE DATABASE {name} TEMPLATE {new NpgsqlConnectionStringBuilder(template).Database}";
            foreach (var sql in new[] { $"DROP DATABASE IF EXISTS {name} WITH (FORCE)", create })
            {
                await using var command = new NpgsqlCommand(sql, connection);
                await command.ExecuteNonQueryAsync();
            }
        }

        var target = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false }.ToString();
        if (template is null)
        {
            await MigrateAsync(target);
        }

        return target;
    }

    private async Task MigrateAsync(string connectionString)
    {
        await using var db = new DefenceTiesDbContext(BenchEnvironment.Options(Provider, connectionString));
        await db.Database.MigrateAsync();
    }
}
