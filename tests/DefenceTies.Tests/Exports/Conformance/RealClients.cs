using System.Collections.Concurrent;
using DefenceTies.Tests.Infrastructure;

namespace DefenceTies.Tests.Exports.Conformance;

/// <summary>
/// Runs the exports' users' own tools on an exported file, each through a small script in
/// <c>tests/conformance</c> that loads the file as those users would and prints one line per rule
/// of the format's own model the file breaks (exit 1), or a summary (exit 0):
/// <list type="bullet">
/// <item><description>FollowTheMoney: <c>ftm.mjs</c>, the FtM JavaScript model
/// (<c>@alephdata/followthemoney</c>, installed by <c>npm ci</c> in that folder) under Node.</description></item>
/// <item><description>GraphML: <c>graphml.py</c>, networkx (Debian's <c>python3-networkx</c>).</description></item>
/// <item><description>Dyad-year: <c>dyad_year.py</c>, pandas (Debian's <c>python3-pandas</c>).</description></item>
/// </list>
/// Debian installs both Python packages for <c>/usr/bin/python3</c>, which is called by that path:
/// the <c>python3</c> first on PATH may be another interpreter without them. A missing client skips
/// the test with the command that installs it (<see cref="ExternalTool.Unavailable"/>; under CI=true it fails).
/// </summary>
public static class RealClients
{
    private const string DebianPython = "/usr/bin/python3";

    private static readonly ConcurrentDictionary<string, Task<ExternalTool.Result>> Probes = new(StringComparer.Ordinal);

    /// <summary>The folder of the scripts, their package.json and lock file.</summary>
    public static string Folder { get; } = Path.Combine(RepositoryPaths.Root, "tests", "conformance");

    /// <summary>Loads every line of an FtM JSON-lines file into the FtM JavaScript model and checks it.</summary>
    public static async Task<ExternalTool.Result> FollowTheMoneyAsync(string file)
    {
        var node = ExternalTool.Require("node", "nodejs");
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "@alephdata", "followthemoney")))
        {
            ExternalTool.Unavailable($"the FtM JavaScript model is not installed: run npm ci in {Folder}");
        }

        return await ExternalTool.RunAsync(node, [Path.Combine(Folder, "ftm.mjs"), file]);
    }

    /// <summary>Reads a GraphML file with networkx and checks its attributes against docs/exports.md.</summary>
    public static Task<ExternalTool.Result> GraphMLAsync(string file) => PythonAsync("graphml.py", "networkx", file);

    /// <summary>Reads a dyad-year CSV file with pandas and checks its dtypes, keys and pair order.</summary>
    public static Task<ExternalTool.Result> DyadYearAsync(string file) => PythonAsync("dyad_year.py", "pandas", file);

    private static async Task<ExternalTool.Result> PythonAsync(string script, string module, string file)
    {
        if (!File.Exists(DebianPython))
        {
            ExternalTool.Unavailable($"{DebianPython} is missing: apt-get install python3-{module}");
        }

        // Probed once per module and run: importing pandas costs a second of CPU, and the tests
        // of the broken files run the script a few dozen times.
        var probe = await Probes.GetOrAdd(module, m => ExternalTool.RunAsync(DebianPython, ["-c", $"import {m}"]));
        if (probe.ExitCode != 0)
        {
            ExternalTool.Unavailable($"{module} is not installed for {DebianPython}: apt-get install python3-{module}");
        }

        return await ExternalTool.RunAsync(DebianPython, [Path.Combine(Folder, script), file]);
    }
}
