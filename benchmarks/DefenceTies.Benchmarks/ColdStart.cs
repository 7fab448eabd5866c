using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DefenceTies.Benchmarks;

/// <summary>
/// Cold start: from starting a new process to its first answered question, agreements between IN
/// and TH, asked two ways: through the query API on a context from the registration (model
/// building, provider start-up, query compilation and the query itself), and as the hand-written
/// SQL over ADO.NET (the baseline: runtime and driver start-up and the query). The parent launches
/// this executable in child mode several times per way and times each run until the child prints
/// its answer.
/// </summary>
public static class ColdStart
{
    public const string ChildFlag = "--cold-start-child";

    /// <summary>The two ways of asking.</summary>
    public enum Way
    {
        /// <summary>Hand-written SQL over ADO.NET.</summary>
        Raw,

        /// <summary>The query API on a context leased from the registration's pool.</summary>
        Api,
    }

    /// <summary>Child mode: answer one question and print it.</summary>
    public static async Task<int> ChildAsync(Way way, Provider provider, string connectionString)
    {
        int count;
        if (way == Way.Raw)
        {
            await using DbConnection connection = provider == Provider.Sqlite ? new SqliteConnection(connectionString) : new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            count = (await HeadlineQueries.RawAsync(connection, HeadlineQueries.AgreementsBetweenSql, HeadlineQueries.ReadAgreement, ("a", HeadlineQueries.Nation), ("b", HeadlineQueries.OtherNation))).Count;
        }
        else
        {
            // Phases on stderr, for the breakdown in docs/performance.md: registration and context,
            // model building, opening the connection, first query (translation, compilation, execution).
            var phases = Stopwatch.StartNew();
            var marks = new List<string> { $"main {(DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds:F0}" };
            void Mark(string phase) => marks.Add($"{phase} {phases.Elapsed.TotalMilliseconds:F0}");
            await using var services = BenchEnvironment.Register(provider, connectionString);
            await using var db = await services.GetRequiredService<IDbContextFactory<DefenceTiesDbContext>>().CreateDbContextAsync();
            Mark("context");
            _ = db.Model;
            Mark("model");
            await db.Database.OpenConnectionAsync();
            Mark("open");
            count = (await HeadlineQueries.AgreementsBetween(db, HeadlineQueries.Nation, HeadlineQueries.OtherNation)).Count;
            Mark("query");
            await Console.Error.WriteLineAsync("phases: " + string.Join(", ", marks));
        }

        Console.WriteLine($"answer: {count}");
        return 0;
    }

    /// <summary>Parent mode: time <paramref name="runs"/> child processes per provider and scale; returns a markdown table.</summary>
    public static async Task<string> MeasureAsync(IEnumerable<Provider> providers, IEnumerable<int> scales, int runs)
    {
        var table = new StringBuilder("| provider | scale | way | runs | median ms | min ms | max ms | median ÷ raw median |\n|---|---:|---|---:|---:|---:|---:|---:|\n");
        foreach (var provider in providers)
        {
            foreach (var scale in scales)
            {
                var cs = await BenchEnvironment.EnsureAsync(provider, scale, Console.Out);
                double? rawMedian = null;
                foreach (var way in Enum.GetValues<Way>())
                {
                    var times = new List<double>();
                    for (var i = 0; i < runs; i++)
                    {
                        times.Add(await RunChildAsync(way, provider, cs));
                    }

                    times.Sort();
                    var median = times[times.Count / 2];
                    rawMedian ??= median;
                    var line = string.Create(CultureInfo.InvariantCulture, $"| {provider} | {scale:N0} | {way} | {runs} | {median:F0} | {times[0]:F0} | {times[^1]:F0} | {median / rawMedian.Value:F2}× |");
                    Console.WriteLine(line);
                    table.AppendLine(line);
                }
            }
        }

        return table.ToString();
    }

    private static async Task<double> RunChildAsync(Way way, Provider provider, string connectionString)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ColdStart).Assembly.Location);
        }

        foreach (var argument in new[] { ChildFlag, way.ToString(), provider.ToString(), connectionString })
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the cold-start child");
        var stderr = process.StandardError.ReadToEndAsync();
        string? line;
        while ((line = await process.StandardOutput.ReadLineAsync()) is not null && !line.StartsWith("answer:", StringComparison.Ordinal))
        {
        }

        var elapsed = clock.Elapsed.TotalMilliseconds;
        await process.WaitForExitAsync();
        if ((await stderr).Split('\n').FirstOrDefault(l => l.StartsWith("phases:", StringComparison.Ordinal)) is { } phases)
        {
            Console.WriteLine($"// {provider} {way}: {phases.Trim()} (ms since the process started for main, since main for the rest)");
        }

        if (line != "answer: 50")
        {
            throw new InvalidOperationException($"cold-start child ({way}) failed ({process.ExitCode}): {line} {await stderr}");
        }

        return elapsed;
    }
}
