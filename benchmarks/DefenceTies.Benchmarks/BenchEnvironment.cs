using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DefenceTies.Bulk;
using DefenceTies.Sqlite;
using DefenceTies.PostgreSql;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DefenceTies.Benchmarks;

/// <summary>The database engines benchmarked.</summary>
public enum Provider
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// Where the benchmark databases live and how to reach them. Each (provider, scale) database is
/// generated once through the bulk path and kept: SQLite files under artifacts/benchdata/, and
/// PostgreSQL databases <c>bench_{scale}</c> on the server named by DEFENCETIES_BENCH_POSTGRES or,
/// failing that, on a cluster kept in artifacts/benchdata/pg (started with pg_ctl from the
/// PostgreSQL binaries on the machine, as the postgres user when running as root). A database is
/// complete once its <c>applied_seeds</c> row <c>bench-scale-complete</c> exists and no migration is pending.
/// </summary>
public static class BenchEnvironment
{
    public const string PostgresVariable = "DEFENCETIES_BENCH_POSTGRES";
    public const string CompleteMarker = "bench-scale-complete";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _postgresAdmin;

    public static string DataDirectory { get; } = Path.Combine(FindRoot(), "artifacts", "benchdata");

    public static bool PostgresWanted =>
        !string.Equals(Environment.GetEnvironmentVariable("DEFENCETIES_BENCH_PROVIDERS"), "sqlite", StringComparison.OrdinalIgnoreCase);

    public static string SqliteConnectionString(int scale) =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(DataDirectory, $"sqlite-{scale}.db"), Pooling = true }.ToString();

    public static async Task<string> ConnectionStringAsync(Provider provider, int scale) =>
        provider == Provider.Sqlite
            ? SqliteConnectionString(scale)
            // The session settings of UseDefenceTiesSessionSettings(), written out so the raw SQL gets them too.
            : new NpgsqlConnectionStringBuilder(await PostgresAdminAsync()) { Database = $"bench_{scale}", MaxPoolSize = 20, MaxAutoPrepare = 64, Options = "-c enable_parallel_append=off" }.ToString();

    public static DbContextOptions<DefenceTiesDbContext> Options(Provider provider, string connectionString) =>
        provider == Provider.Sqlite
            ? new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesSqlite(connectionString).Options
            : new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesPostgreSql(connectionString).Options;

    /// <summary>The registration an application makes (pooled contexts), on <paramref name="connectionString"/>.</summary>
    public static ServiceProvider Register(Provider provider, string connectionString) =>
        (provider == Provider.Sqlite
            ? new ServiceCollection().AddDefenceTiesSqlite(connectionString)
            : new ServiceCollection().AddDefenceTiesPostgreSql(connectionString)).BuildServiceProvider();

    public static DefenceTiesBulkImporter Importer(Provider provider, string connectionString) =>
        provider == Provider.Sqlite ? new SqliteBulkImporter(connectionString) : new PostgreSqlBulkImporter(connectionString);

    /// <summary>The database of a scale, generated first if it is missing or incomplete.</summary>
    public static async Task<string> EnsureAsync(Provider provider, int scale, TextWriter log)
    {
        await Gate.WaitAsync();
        try
        {
            Directory.CreateDirectory(DataDirectory);
            var connectionString = await ConnectionStringAsync(provider, scale);
            if (await IsCompleteAsync(provider, connectionString))
            {
                return connectionString;
            }

            log.WriteLine($"Generating {provider} database for {scale:N0} agreements ...");
            await RecreateAsync(provider, scale, connectionString);
            await using (var db = new DefenceTiesDbContext(Options(provider, connectionString)))
            {
                await db.Database.MigrateAsync();
            }

            await ScaleGenerator.GenerateAsync(Importer(provider, connectionString), scale, log);
            await using (var db = new DefenceTiesDbContext(Options(provider, connectionString)))
            {
                // Fresh statistics, as a DBA would after a load: both planners need them.
                await db.Database.ExecuteSqlRawAsync(provider == Provider.Sqlite ? "ANALYZE" : "VACUUM ANALYZE");
                await db.Database.ExecuteSqlAsync($"INSERT INTO applied_seeds (key, applied_at) VALUES ({CompleteMarker}, {DateTimeOffset.UtcNow})");
            }

            return connectionString;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<bool> IsCompleteAsync(Provider provider, string connectionString)
    {
        try
        {
            if (provider == Provider.Sqlite && !File.Exists(new SqliteConnectionStringBuilder(connectionString).DataSource))
            {
                return false;
            }

            await using var db = new DefenceTiesDbContext(Options(provider, connectionString));
            // A database made before a newer migration is regenerated rather than reused.
            return !(await db.Database.GetPendingMigrationsAsync()).Any() && await db.AppliedSeeds.AnyAsync(s => s.Key == CompleteMarker);
        }
        catch (Exception ex) when (ex is SqliteException or NpgsqlException)
        {
            return false;
        }
    }

    private static async Task RecreateAsync(Provider provider, int scale, string connectionString)
    {
        if (provider == Provider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(await PostgresAdminAsync());
        await admin.OpenAsync();
        foreach (var sql in new[] { $"DROP DATABASE IF EXISTS bench_{scale} WITH (FORCE)", $"CREATE DATABASE bench_{scale}" })
        {
            await using var command = new NpgsqlCommand(sql, admin);
            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary>The maintenance connection string of the benchmark server, starting the kept cluster if needed.</summary>
    public static async Task<string> PostgresAdminAsync()
    {
        if (_postgresAdmin is not null)
        {
            return _postgresAdmin;
        }

        var configured = Environment.GetEnvironmentVariable(PostgresVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return _postgresAdmin = new NpgsqlConnectionStringBuilder(configured) { Database = "postgres" }.ToString();
        }

        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException($"No PostgreSQL server: set {PostgresVariable} or install the server binaries (apt-get install postgresql).");
        }

        var root = Path.Combine(DataDirectory, "pg");
        var data = Path.Combine(root, "data");
        var portFile = Path.Combine(root, "port");
        Directory.CreateDirectory(root);
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", "postgres:postgres", root);
        }

        if (!File.Exists(Path.Combine(data, "PG_VERSION")))
        {
            await RunAsPostgresAsync(Path.Combine(bin, "initdb"), "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        }

        if (!File.Exists(Path.Combine(data, "postmaster.pid")))
        {
            var port = FreePort();
            await File.WriteAllTextAsync(portFile, port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            // Durability off (a benchmark cluster holds nothing that cannot be regenerated); memory
            // settings sized for a 2-core, 24 GiB machine.
            await RunAsPostgresAsync(
                Path.Combine(bin, "pg_ctl"), "-D", data, "-w", "-t", "120", "-l", Path.Combine(root, "server.log"), "-o",
                $"-h 127.0.0.1 -p {port} -k {root} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=1GB -c work_mem=32MB -c maintenance_work_mem=512MB -c max_wal_size=4GB -c max_connections=100",
                "start");
        }

        var knownPort = (await File.ReadAllTextAsync(portFile)).Trim();
        return _postgresAdmin = $"Host=127.0.0.1;Port={knownPort};Username=postgres;Database=postgres";
    }

    /// <summary>Stops the kept cluster (its data stays for the next run).</summary>
    public static async Task StopPostgresAsync()
    {
        var data = Path.Combine(DataDirectory, "pg", "data");
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(b => File.Exists(Path.Combine(b, "pg_ctl"))).OrderDescending().FirstOrDefault()
            : null;
        if (bin is not null && File.Exists(Path.Combine(data, "postmaster.pid")))
        {
            NpgsqlConnection.ClearAllPools();
            await RunAsPostgresAsync(Path.Combine(bin, "pg_ctl"), "-D", data, "-m", "fast", "-w", "stop");
        }
    }

    private static Task RunAsPostgresAsync(string file, params string[] arguments) =>
        Environment.UserName == "root" ? RunAsync("runuser", ["-u", "postgres", "--", file, .. arguments]) : RunAsync(file, arguments);

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} failed ({process.ExitCode}): {await error}{await output}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DefenceTies.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
