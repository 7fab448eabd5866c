using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace DefenceTies.Benchmarks;

/// <summary>
/// Cold start: from starting a new process to its first answered question (agreements between IN
/// and TH through the query API on a fresh context: model building, provider start-up, query
/// compilation and the query itself). The parent launches this executable in child mode several
/// times and times each run until the child prints its answer.
/// </summary>
public static class ColdStart
{
    public const string ChildFlag = "--cold-start-child";

    /// <summary>Child mode: answer one question and print it.</summary>
    public static async Task<int> ChildAsync(Provider provider, string connectionString)
    {
        await using var db = new DefenceTiesDbContext(BenchEnvironment.Options(provider, connectionString));
        var answer = await HeadlineQueries.AgreementsBetween(db, HeadlineQueries.Nation, HeadlineQueries.OtherNation);
        Console.WriteLine($"answer: {answer.Count}");
        return 0;
    }

    /// <summary>Parent mode: time <paramref name="runs"/> child processes per provider and scale; returns a markdown table.</summary>
    public static async Task<string> MeasureAsync(IEnumerable<Provider> providers, IEnumerable<int> scales, int runs)
    {
        var table = new StringBuilder("| provider | scale | runs | median ms | min ms | max ms |\n|---|---:|---:|---:|---:|---:|\n");
        foreach (var provider in providers)
        {
            foreach (var scale in scales)
            {
                var cs = await BenchEnvironment.EnsureAsync(provider, scale, Console.Out);
                var times = new List<double>();
                for (var i = 0; i < runs; i++)
                {
                    times.Add(await RunChildAsync(provider, cs));
                }

                times.Sort();
                var line = string.Create(CultureInfo.InvariantCulture, $"| {provider} | {scale:N0} | {runs} | {times[times.Count / 2]:F0} | {times[0]:F0} | {times[^1]:F0} |");
                Console.WriteLine(line);
                table.AppendLine(line);
            }
        }

        return table.ToString();
    }

    private static async Task<double> RunChildAsync(Provider provider, string connectionString)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ColdStart).Assembly.Location);
        }

        foreach (var argument in new[] { ChildFlag, provider.ToString(), connectionString })
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
        if (line != "answer: 50")
        {
            throw new InvalidOperationException($"cold-start child failed ({process.ExitCode}): {line} {await stderr}");
        }

        return elapsed;
    }
}
