using System.Diagnostics;
using Npgsql;

namespace DefenceTies.Tests.Infrastructure;

/// <summary>Runs command-line tools (sqlite3, psql, bash) the way a DBA would.</summary>
public static class ExternalTool
{
    public sealed record Result(int ExitCode, string Output, string Error);

    /// <summary>The full path of a tool on PATH, or null.</summary>
    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    /// <summary>The tool's path; skips the test (fails it under CI=true) when the tool is missing.</summary>
    public static string Require(string name, string package)
    {
        var path = Find(name);
        if (path is not null)
        {
            return path;
        }

        Unavailable($"{name} is not installed; apt-get install {package} to run this test.");
        throw new UnreachableException();
    }

    /// <summary>Skips the test because something it needs is missing, saying what; under CI=true fails it instead.</summary>
    public static void Unavailable(string message)
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(message);
        }

        Assert.Skip(message);
    }

    public static async Task<Result> RunAsync(
        string file,
        IEnumerable<string> arguments,
        string? standardInputFile = null,
        IReadOnlyDictionary<string, string>? environment = null,
        TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = standardInputFile is not null,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (standardInputFile is not null)
        {
            await using (var input = File.OpenRead(standardInputFile))
            {
                await input.CopyToAsync(process.StandardInput.BaseStream);
            }

            process.StandardInput.Close();
        }

        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(file)} did not finish in time.");
        }

        return new Result(process.ExitCode, await output, await error);
    }

    /// <summary>The libpq environment (PGHOST, PGPORT...) that points psql at the server and database of an Npgsql connection string.</summary>
    public static Dictionary<string, string> PsqlEnvironment(string connectionString)
    {
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        var env = new Dictionary<string, string>
        {
            ["PGHOST"] = cs.Host ?? "localhost",
            ["PGPORT"] = cs.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PGDATABASE"] = cs.Database ?? "postgres",
            ["PGUSER"] = cs.Username ?? Environment.UserName,
        };
        if (cs.Password is not null)
        {
            env["PGPASSWORD"] = cs.Password;
        }

        return env;
    }
}
