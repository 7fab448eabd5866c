using System.Diagnostics;

namespace DefenceTies.Tests.Infrastructure;

/// <summary>Starts DefenceTies.Tests.ChildProcess (built beside this test assembly) as a separate process.</summary>
public static class ChildProcess
{
    private static readonly string Dll = Path.Combine(
        AppContext.BaseDirectory.Replace(
            $"{Path.DirectorySeparatorChar}DefenceTies.Tests{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}",
            $"{Path.DirectorySeparatorChar}DefenceTies.Tests.ChildProcess{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}",
            StringComparison.Ordinal),
        "DefenceTies.Tests.ChildProcess.dll");

    public static Process Start(params string[] arguments)
    {
        if (!File.Exists(Dll))
        {
            throw new FileNotFoundException("Build DefenceTies.Tests.ChildProcess first (the test project references it).", Dll);
        }

        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start the child process");
    }

    /// <summary>Runs to the end and returns exit code, stdout and stderr.</summary>
    public static async Task<ExternalTool.Result> RunAsync(params string[] arguments)
    {
        using var process = Start(arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(cts.Token);
        return new ExternalTool.Result(process.ExitCode, await output, await error);
    }
}
