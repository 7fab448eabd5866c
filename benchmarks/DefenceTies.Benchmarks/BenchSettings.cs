using System.Globalization;

namespace DefenceTies.Benchmarks;

/// <summary>
/// What to run, from the environment: DEFENCETIES_BENCH_SCALES (agreements per database,
/// comma-separated; default 10000,100000,1000000) and DEFENCETIES_BENCH_PROVIDERS (sqlite,
/// postgresql or both; default both).
/// </summary>
public static class BenchSettings
{
    public static IReadOnlyList<int> Scales =>
        (Environment.GetEnvironmentVariable("DEFENCETIES_BENCH_SCALES") ?? "10000,100000,1000000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s, CultureInfo.InvariantCulture))
            .ToList();

    public static IReadOnlyList<Provider> Providers =>
        (Environment.GetEnvironmentVariable("DEFENCETIES_BENCH_PROVIDERS") ?? "sqlite,postgresql")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => Enum.Parse<Provider>(p, ignoreCase: true))
            .ToList();
}
