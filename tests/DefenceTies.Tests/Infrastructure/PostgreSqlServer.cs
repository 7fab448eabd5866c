using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace DefenceTies.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server the tests use. If <c>DEFENCETIES_TEST_POSTGRES</c> holds a connection
/// string, that server is used (tests create and drop their own databases on it). Otherwise a
/// throwaway cluster is made with the server binaries on the machine (initdb + pg_ctl, on a free
/// loopback port, run as the <c>postgres</c> user when the tests run as root) and stopped when the
/// test run ends. Where neither is possible the PostgreSQL tests are skipped with instructions,
/// except under <c>CI=true</c>, where they fail.
/// </summary>
public sealed class PostgreSqlServer : IAsyncDisposable
{
    public const string ConnectionStringVariable = "DEFENCETIES_TEST_POSTGRES";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static PostgreSqlServer? _started;
    private static string? _unavailable;

    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _templates = new(StringComparer.Ordinal);
    private readonly string? _dataDirectory;
    private readonly string? _binDirectory;

    private PostgreSqlServer(string adminConnectionString, string? dataDirectory, string? binDirectory)
    {
        AdminConnectionString = adminConnectionString;
        _dataDirectory = dataDirectory;
        _binDirectory = binDirectory;
    }

    /// <summary>A connection string to the server's maintenance database, with rights to create databases.</summary>
    public string AdminConnectionString { get; }

    /// <summary>The server, started on first use; skips (or fails under CI) the calling test if none can be had.</summary>
    public static async Task<PostgreSqlServer> GetAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_started is null && _unavailable is null)
            {
                try
                {
                    _started = await StartAsync();
                }
                catch (PostgreSqlUnavailableException ex)
                {
                    _unavailable = ex.Message;
                }
            }
        }
        finally
        {
            Gate.Release();
        }

        if (_started is not null)
        {
            return _started;
        }

        SkipOrFail($"PostgreSQL tests need a server: {_unavailable} Set {ConnectionStringVariable} to a connection string, or install the server binaries (apt-get install postgresql).");
        throw new UnreachableException();
    }

    /// <summary>Skips the calling test, or fails it under <c>CI=true</c>, where every server test must run.</summary>
    internal static void SkipOrFail(string message)
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(message);
        }

        Assert.Skip(message);
    }

    /// <summary>Stops the cluster this run started, if any.</summary>
    public static async Task StopIfStartedAsync()
    {
        if (_started is not null)
        {
            await _started.DisposeAsync();
            _started = null;
        }
    }

    /// <summary>A connection string for the named database on this server.</summary>
    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database }.ConnectionString;

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// The name of a template database built once per test run by <paramref name="build"/> (given
    /// its connection string), starting empty or as a copy of the template <paramref name="basedOn"/>;
    /// later tests copy it. Each purpose is built once, beside the others. Dropped when the run ends.
    /// </summary>
    public Task<string> GetOrCreateTemplateAsync(string purpose, Func<string, Task> build, string? basedOn = null) =>
        _templates.GetOrAdd(purpose, p => new Lazy<Task<string>>(() => CreateTemplateAsync(p, build, basedOn))).Value;

    private async Task<string> CreateTemplateAsync(string purpose, Func<string, Task> build, string? basedOn)
    {
        var name = $"defenceties_template_{purpose}_{Guid.NewGuid():N}";
        await ExecuteAsync(basedOn is null ? $"CREATE DATABASE {name}" : $"CREATE DATABASE {name} TEMPLATE {basedOn} STRATEGY FILE_COPY");
        await build(ConnectionStringFor(name));

        // CREATE DATABASE ... TEMPLATE needs the template to have no open connections.
        NpgsqlConnection.ClearAllPools();
        return name;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        foreach (var template in _templates.Values.Where(t => t.IsValueCreated && t.Value.IsCompletedSuccessfully))
        {
            await ExecuteAsync($"DROP DATABASE IF EXISTS {await template.Value} WITH (FORCE)");
        }

        _templates.Clear();
        if (_dataDirectory is not null && _binDirectory is not null)
        {
            await RunAsync(Path.Combine(_binDirectory, "pg_ctl"), ["-D", _dataDirectory, "-m", "immediate", "-w", "stop"], TimeSpan.FromSeconds(60), RunningAsRoot);
            Directory.Delete(Path.GetDirectoryName(_dataDirectory)!, recursive: true);
        }
    }

    private static async Task<PostgreSqlServer> StartAsync()
    {
        var configured = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var builder = new NpgsqlConnectionStringBuilder(configured);
            if (string.IsNullOrEmpty(builder.Database))
            {
                builder.Database = "postgres";
            }

            return new PostgreSqlServer(builder.ConnectionString, null, null);
        }

        var bin = FindBinDirectory() ?? throw new PostgreSqlUnavailableException($"{ConnectionStringVariable} is not set and no initdb was found on PATH or under /usr/lib/postgresql.");
        var root = Directory.CreateTempSubdirectory("defenceties-pg-").FullName;
        var data = Path.Combine(root, "data");
        var port = FreeLoopbackPort();
        var asRoot = RunningAsRoot;
        if (asRoot)
        {
            // initdb refuses to run as root: the cluster belongs to the postgres user.
            await RunAsync("chown", ["postgres:postgres", root], TimeSpan.FromSeconds(10));
        }

        await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], TimeSpan.FromMinutes(2), asRoot);
        // No JIT: on these small, never-analysed databases the planner's estimates for the wide
        // check and export queries pass jit_above_cost, and compiling them with LLVM cost more CPU
        // than the queries themselves. Measured 2026-12-07 on five PostgreSQL-heavy test classes:
        // 51 s with JIT, 28 s without; the results are the same.
        await RunAsync(
            Path.Combine(bin, "pg_ctl"),
            ["-D", data, "-w", "-t", "60", "-l", Path.Combine(root, "server.log"), "-o", $"-h 127.0.0.1 -p {port} -k {root} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c jit=off", "start"],
            TimeSpan.FromMinutes(2),
            asRoot);
        return new PostgreSqlServer($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres", data, bin);
    }

    internal static bool RunningAsRoot => Environment.UserName == "root";

    internal static string? FindBinDirectory()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "initdb"))
            .FirstOrDefault(File.Exists);
        if (onPath is not null)
        {
            // Resolve symbolic links so pg_ctl is taken from the same installation.
            var resolved = new FileInfo(onPath).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? onPath;
            return Path.GetDirectoryName(resolved);
        }

        const string debianRoot = "/usr/lib/postgresql";
        return Directory.Exists(debianRoot)
            ? Directory.GetDirectories(debianRoot)
                .Select(v => Path.Combine(v, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
    }

    internal static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static async Task RunAsync(string file, IReadOnlyList<string> arguments, TimeSpan timeout, bool asPostgresUser = false)
    {
        var start = new ProcessStartInfo(asPostgresUser ? "runuser" : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgresUser)
        {
            foreach (var a in new[] { "-u", "postgres", "--", file })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new PostgreSqlUnavailableException($"could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new PostgreSqlUnavailableException($"{Path.GetFileName(file)} did not finish within {timeout}.");
        }

        if (process.ExitCode != 0)
        {
            throw new PostgreSqlUnavailableException($"{Path.GetFileName(file)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }

    internal sealed class PostgreSqlUnavailableException(string message) : Exception(message);
}
