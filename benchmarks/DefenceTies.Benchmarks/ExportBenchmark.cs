using System.Diagnostics;
using System.Globalization;
using System.Text;
using DefenceTies.Exports;

namespace DefenceTies.Benchmarks;

/// <summary>
/// Export throughput and memory: each format at each scale is exported by a child process of its
/// own (this executable in child mode) to a temporary file, so the peak working set it reports is
/// that export's alone — flat across scales if the export streams. Records are what
/// <see cref="DefenceTiesExporter.ExportAsync"/> returns (FtM lines, Popolo objects, dyad-year
/// rows, GraphML nodes and edges).
/// </summary>
public static class ExportBenchmark
{
    public const string ChildFlag = "--export-child";

    /// <summary>Child mode: export once, print "export: records bytes milliseconds peak-working-set".</summary>
    public static async Task<int> ChildAsync(Provider provider, ExportFormat format, string connectionString)
    {
        var file = Path.Combine(Path.GetTempPath(), $"defenceties-export-{Environment.ProcessId}.out");
        try
        {
            await using var db = new DefenceTiesDbContext(BenchEnvironment.Options(provider, connectionString));
            var clock = Stopwatch.StartNew();
            long records;
            await using (var output = File.Create(file))
            {
                records = await DefenceTiesExporter.ExportAsync(db, format, output);
            }

            clock.Stop();
            using var self = Process.GetCurrentProcess();
            self.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"export: {records} {new FileInfo(file).Length} {clock.Elapsed.TotalMilliseconds:F0} {self.PeakWorkingSet64}"));
            return 0;
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Parent mode: one child per provider, scale and format; returns a markdown table.</summary>
    public static async Task<string> MeasureAsync(IEnumerable<Provider> providers, IEnumerable<int> scales)
    {
        var table = new StringBuilder("| provider | scale | format | records | output MB | seconds | records/s | peak working set MB |\n|---|---:|---|---:|---:|---:|---:|---:|\n");
        foreach (var provider in providers)
        {
            foreach (var scale in scales)
            {
                var cs = await BenchEnvironment.EnsureAsync(provider, scale, Console.Out);
                foreach (var format in Enum.GetValues<ExportFormat>())
                {
                    var (records, bytes, ms, peak) = await RunChildAsync(provider, format, cs);
                    var line = string.Create(CultureInfo.InvariantCulture, $"| {provider} | {scale:N0} | {format} | {records:N0} | {bytes / 1e6:F1} | {ms / 1000:F1} | {records / (ms / 1000):N0} | {peak / 1e6:F0} |");
                    Console.WriteLine(line);
                    table.AppendLine(line);
                }
            }
        }

        return table.ToString();
    }

    private static async Task<(long Records, long Bytes, double Ms, long Peak)> RunChildAsync(Provider provider, ExportFormat format, string connectionString)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ExportBenchmark).Assembly.Location);
        }

        foreach (var argument in new[] { ChildFlag, provider.ToString(), format.ToString(), connectionString })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the export child");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var line = (await stdout).Split('\n').FirstOrDefault(l => l.StartsWith("export:", StringComparison.Ordinal));
        if (process.ExitCode != 0 || line is null)
        {
            throw new InvalidOperationException($"export child failed ({process.ExitCode}): {await stdout} {await stderr}");
        }

        var parts = line["export:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => long.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        if (parts[0] <= 0)
        {
            throw new InvalidOperationException($"export child wrote no records: {line}");
        }

        return (parts[0], parts[1], parts[2], parts[3]);
    }
}
