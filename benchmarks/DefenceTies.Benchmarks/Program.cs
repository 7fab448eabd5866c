using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using Perfolizer.Horology;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using DefenceTies.Benchmarks;

// Usage (from the repository root):
//   dotnet run -c Release --project benchmarks/DefenceTies.Benchmarks -- [queries] [import] [cold-start] [export] [generate] [plans] [import-progress]
//   dotnet run -c Release --project benchmarks/DefenceTies.Benchmarks -- --smoke
// With no command, all four benchmarks run. Scales and providers come from DEFENCETIES_BENCH_SCALES
// and DEFENCETIES_BENCH_PROVIDERS (see BenchSettings); results go to artifacts/benchmarks (artifacts/benchmarks-smoke for --smoke).
if (args.Length == 4 && args[0] == ColdStart.ChildFlag)
{
    return await ColdStart.ChildAsync(Enum.Parse<ColdStart.Way>(args[1]), Enum.Parse<Provider>(args[2]), args[3]);
}

if (args.Length == 4 && args[0] == ExportBenchmark.ChildFlag)
{
    return await ExportBenchmark.ChildAsync(Enum.Parse<Provider>(args[1]), Enum.Parse<DefenceTies.Exports.ExportFormat>(args[2]), args[3]);
}

var smoke = args.Contains("--smoke");
if (smoke)
{
    // CI: the smallest scale, SQLite only, every benchmark run once (BenchmarkDotNet's Dry job).
    Environment.SetEnvironmentVariable("DEFENCETIES_BENCH_SCALES", "1000");
    Environment.SetEnvironmentVariable("DEFENCETIES_BENCH_PROVIDERS", "sqlite");
    BulkImportBenchmarks.ImportScale = 1000;
}

var commands = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
bool Wants(string command) => commands.Count == 0 || commands.Contains(command);
// The smoke run writes apart, so it never overwrites the reports of a full run.
var results = Path.Combine(Path.GetDirectoryName(BenchEnvironment.DataDirectory)!, smoke ? "benchmarks-smoke" : "benchmarks");
var failed = false;

try
{
    if (commands.Contains("generate"))
    {
        foreach (var provider in BenchSettings.Providers)
        {
            foreach (var scale in BenchSettings.Scales)
            {
                await BenchEnvironment.EnsureAsync(provider, scale, Console.Out);
            }
        }
    }

    if (commands.Contains("plans"))
    {
        foreach (var provider in BenchSettings.Providers)
        {
            await Plans.PrintAsync(provider, BenchSettings.Scales[^1]);
        }
    }

    if (Wants("queries"))
    {
        failed |= Failed(BenchmarkRunner.Run<QueryBenchmarks>(Config(smoke ? Job.Dry : Job.Default.WithWarmupCount(2).WithIterationCount(8).WithIterationTime(TimeInterval.FromMilliseconds(250)), results)));
    }

    if (Wants("import"))
    {
        var job = smoke ? Job.Dry : Job.Default.WithStrategy(RunStrategy.Monitoring).WithWarmupCount(1).WithIterationCount(int.Parse(Environment.GetEnvironmentVariable("DEFENCETIES_BENCH_IMPORT_ITERATIONS") ?? "9", System.Globalization.CultureInfo.InvariantCulture)).WithInvocationCount(1).WithUnrollFactor(1);
        failed |= Failed(BenchmarkRunner.Run<BulkImportBenchmarks>(Config(job, results)));
    }

    if (commands.Contains("import-progress"))
    {
        var table = new System.Text.StringBuilder();
        foreach (var provider in BenchSettings.Providers)
        {
            table.Append(await BulkImportBenchmarks.MeasureProgressOverheadAsync(provider, smoke ? 1 : int.Parse(Environment.GetEnvironmentVariable("DEFENCETIES_BENCH_PROGRESS_ROUNDS") ?? "20", System.Globalization.CultureInfo.InvariantCulture)));
        }

        Directory.CreateDirectory(Path.Combine(results, "results"));
        await File.WriteAllTextAsync(Path.Combine(results, "results", "import-progress.md"), table.ToString());
    }

    if (Wants("cold-start"))
    {
        var scales = BenchSettings.Scales;
        var table = await ColdStart.MeasureAsync(BenchSettings.Providers, scales.Count > 1 ? [scales[0], scales[^1]] : scales, smoke ? 1 : 5);
        Directory.CreateDirectory(Path.Combine(results, "results"));
        await File.WriteAllTextAsync(Path.Combine(results, "results", "cold-start.md"), table);
    }

    if (Wants("export"))
    {
        var table = await ExportBenchmark.MeasureAsync(BenchSettings.Providers, BenchSettings.Scales);
        Directory.CreateDirectory(Path.Combine(results, "results"));
        await File.WriteAllTextAsync(Path.Combine(results, "results", "export.md"), table);
    }
}
finally
{
    if (BenchSettings.Providers.Contains(Provider.PostgreSql) && Environment.GetEnvironmentVariable(BenchEnvironment.PostgresVariable) is null)
    {
        await BenchEnvironment.StopPostgresAsync();
    }
}

return failed ? 1 : 0;

// DEFENCETIES_BENCH_IMPORT_ITERATIONS: measured imports per benchmark (9 by default).
// DEFENCETIES_BENCH_FILTER: glob patterns of benchmark names to run (e.g. "*Timeline*,*NationByCode*"), all by default.
static IConfig Config(Job job, string artifacts) =>
    ManualConfig.CreateEmpty()
        .AddFilter(new GlobFilter((Environment.GetEnvironmentVariable("DEFENCETIES_BENCH_FILTER") ?? "*").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        .AddJob(job.WithToolchain(InProcessEmitToolchain.Instance))
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumnProvider(DefaultColumnProviders.Instance)
        .AddColumn(StatisticColumn.Median)
        .AddLogger(ConsoleLogger.Default)
        .AddExporter(MarkdownExporter.GitHub, CsvExporter.Default)
        .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend))
        .WithArtifactsPath(artifacts)
        .WithOptions(ConfigOptions.DisableLogFile);

// A benchmark that throws (for example a failed answer check) must fail the run, and CI with it.
static bool Failed(Summary summary) => summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success);
