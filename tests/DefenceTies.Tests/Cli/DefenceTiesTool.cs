using System.Diagnostics;
using DefenceTies.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace DefenceTies.Tests.Cli;

/// <summary>
/// Runs the <c>defenceties</c> tool as a separate process: the one src/DefenceTies.Cli built beside
/// this test assembly's configuration, or, when <c>DEFENCETIES_TEST_TOOL</c> names a
/// <c>DefenceTies.Cli.dll</c>, that one (a tool published ReadyToRun, say). Only what the tool's
/// process alone shows runs it so; the rest of its tests run its command line in process
/// (<see cref="InProcessTool"/>).
/// </summary>
public static class DefenceTiesTool
{
    /// <summary>The environment variable naming the tool's <c>DefenceTies.Cli.dll</c> to run instead of the built one.</summary>
    public const string ToolVariable = "DEFENCETIES_TEST_TOOL";

    private static readonly string Dll = Environment.GetEnvironmentVariable(ToolVariable) is { Length: > 0 } published
        ? Path.GetFullPath(published)
        : Path.Combine(
            AppContext.BaseDirectory.Replace(
                $"{Path.DirectorySeparatorChar}tests{Path.DirectorySeparatorChar}DefenceTies.Tests{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}",
                $"{Path.DirectorySeparatorChar}src{Path.DirectorySeparatorChar}DefenceTies.Cli{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}",
                StringComparison.Ordinal),
            "DefenceTies.Cli.dll");

    /// <summary>Runs the tool to the end in <paramref name="workingDirectory"/> (a fresh temporary folder if none) and returns exit code, stdout and stderr.</summary>
    public static async Task<ExternalTool.Result> RunAsync(string[] arguments, string? workingDirectory = null)
    {
        using var process = Start(arguments, workingDirectory);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(cts.Token);
        return new ExternalTool.Result(process.ExitCode, await output, await error);
    }

    /// <summary>Starts the tool with stdout and stderr redirected; the caller reads them and waits.</summary>
    public static Process Start(string[] arguments, string? workingDirectory = null)
    {
        if (!File.Exists(Dll))
        {
            throw new FileNotFoundException(
                Environment.GetEnvironmentVariable(ToolVariable) is { Length: > 0 }
                    ? $"{ToolVariable} names {Dll}, which does not exist: publish the tool there or unset it."
                    : "Build src/DefenceTies.Cli first (the test project references it).",
                Dll);
        }

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Directory.CreateTempSubdirectory("defenceties-cli-").FullName,
        };
        start.ArgumentList.Add(Dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Whatever the machine has set must not pick the tool's database or password behind the test's back.
        start.Environment.Remove("PGPASSWORD");
        return Process.Start(start) ?? throw new InvalidOperationException("could not start the defenceties tool");
    }

    public static Task<ExternalTool.Result> RunAsync(params string[] arguments) => RunAsync(arguments, null);

    /// <summary>The tool's options naming <paramref name="database"/>: <c>--database FILE</c> or <c>--postgres CONNECTION_STRING</c>.</summary>
    public static string[] Target(TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.Kind switch
        {
            DatabaseKind.PostgreSql => ["--postgres", database.ConnectionString],
            DatabaseKind.SqliteFile => ["--database", new SqliteConnectionStringBuilder(database.ConnectionString).DataSource],
            _ => throw new ArgumentOutOfRangeException(nameof(database), database.Kind, "the tool runs in another process: an in-memory database is not visible to it"),
        };
    }

    /// <summary>The command followed by the options naming the database.</summary>
    public static Task<ExternalTool.Result> RunOnAsync(TestDatabase database, params string[] command) =>
        RunAsync([.. command, .. Target(database)]);
}
