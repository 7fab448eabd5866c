using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace DefenceTies.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL primary with a hot standby, for the replica tests: <c>initdb</c> on a free
/// loopback port, then <c>pg_basebackup -R -X stream</c> and a second <c>pg_ctl start</c> on another
/// (the default <c>wal_level=replica</c> and the replication lines initdb writes to pg_hba.conf
/// suffice). Started on first use, once per test run, as the <c>postgres</c> user when the tests run as
/// root, and stopped when the run ends; <see cref="AddStandbyAsync"/> makes further standbys for tests
/// that stop one. It always needs the server binaries, even where <c>DEFENCETIES_TEST_POSTGRES</c>
/// names a server: without them the tests are skipped with instructions, except under <c>CI=true</c>.
/// </summary>
public sealed class PostgreSqlReplicaSet
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static PostgreSqlReplicaSet? _started;
    private static string? _unavailable;

    private readonly string _bin;
    private readonly string _root;
    private readonly List<Node> _extraStandbys = [];

    private PostgreSqlReplicaSet(string bin, string root, Node primary, Node standby)
    {
        _bin = bin;
        _root = root;
        Primary = primary;
        Standby = standby;
    }

    public Node Primary { get; }

    /// <summary>The standby every test shares; tests may pause its replay, never stop it.</summary>
    public Node Standby { get; }

    /// <summary>The replica set, started on first use; skips (or fails under CI) the calling test if it cannot start.</summary>
    public static async Task<PostgreSqlReplicaSet> GetAsync()
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
                catch (PostgreSqlServer.PostgreSqlUnavailableException ex)
                {
                    _unavailable = ex.Message;
                }
            }
        }
        finally
        {
            Gate.Release();
        }

        if (_started is null)
        {
            PostgreSqlServer.SkipOrFail($"The replica tests start a primary and a hot standby from the server binaries: {_unavailable} Install them (apt-get install postgresql).");
            throw new UnreachableException();
        }

        return _started;
    }

    /// <summary>Stops the replica set this run started, if any.</summary>
    public static async Task StopIfStartedAsync()
    {
        if (_started is { } set)
        {
            _started = null;
            NpgsqlConnection.ClearAllPools();
            foreach (var node in set._extraStandbys.Append(set.Standby).Append(set.Primary))
            {
                await node.StopAsync();
            }

            Directory.Delete(set._root, recursive: true);
        }
    }

    /// <summary>A new database on the primary, present on the standby when this returns.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"defenceties_replica_{Guid.NewGuid():N}";
        await Primary.ExecuteAsync($"CREATE DATABASE {name}");
        await WaitForReplayAsync(Standby);
        return name;
    }

    /// <summary>Another standby of the primary, for a test that stops it; stopped at the end of the run if still up.</summary>
    public async Task<Node> AddStandbyAsync()
    {
        var standby = await StartStandbyAsync(_bin, _root, Primary, $"standby{_extraStandbys.Count + 2}");
        _extraStandbys.Add(standby);
        return standby;
    }

    /// <summary>Waits until <paramref name="standby"/> has replayed everything the primary has flushed.</summary>
    public async Task WaitForReplayAsync(Node standby)
    {
        var flushed = await Primary.ScalarAsync<NpgsqlLogSequenceNumber>("SELECT pg_current_wal_flush_lsn()");
        var clock = Stopwatch.StartNew();
        while (await standby.ScalarAsync<NpgsqlLogSequenceNumber>("SELECT pg_last_wal_replay_lsn()") < flushed)
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException($"the standby on port {standby.Port} did not replay up to {flushed} within 30 s.");
            }

            await Task.Delay(5);
        }
    }

    /// <summary>An Npgsql connection string naming several servers, in the order given, for <paramref name="database"/>.</summary>
    public static string MultiHost(string database, params Node[] nodes) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = string.Join(',', nodes.Select(n => $"127.0.0.1:{n.Port}")),
            Username = "postgres",
            Database = database,
        }.ConnectionString;

    private static async Task<PostgreSqlReplicaSet> StartAsync()
    {
        var bin = PostgreSqlServer.FindBinDirectory() ?? throw new PostgreSqlServer.PostgreSqlUnavailableException("no initdb was found on PATH or under /usr/lib/postgresql.");
        var root = Directory.CreateTempSubdirectory("defenceties-pg-replicas-").FullName;
        if (PostgreSqlServer.RunningAsRoot)
        {
            // initdb and the servers refuse to run as root: the clusters belong to the postgres user.
            await PostgreSqlServer.RunAsync("chown", ["postgres:postgres", root], TimeSpan.FromSeconds(10));
        }

        var primary = new Node(bin, Path.Combine(root, "primary"), PostgreSqlServer.FreeLoopbackPort(), root);
        await PostgreSqlServer.RunAsync(Path.Combine(bin, "initdb"), ["-D", primary.DataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], TimeSpan.FromMinutes(2), PostgreSqlServer.RunningAsRoot);
        await primary.StartAsync();
        var standby = await StartStandbyAsync(bin, root, primary, "standby1");
        return new PostgreSqlReplicaSet(bin, root, primary, standby);
    }

    private static async Task<Node> StartStandbyAsync(string bin, string root, Node primary, string name)
    {
        var standby = new Node(bin, Path.Combine(root, name), PostgreSqlServer.FreeLoopbackPort(), root);

        // -R writes standby.signal and primary_conninfo; -X stream copies the WAL written meanwhile.
        await PostgreSqlServer.RunAsync(
            Path.Combine(bin, "pg_basebackup"),
            ["-h", "127.0.0.1", "-p", primary.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", "postgres", "-D", standby.DataDirectory, "-R", "-X", "stream", "-c", "fast", "--no-sync"],
            TimeSpan.FromMinutes(2),
            PostgreSqlServer.RunningAsRoot);
        await standby.StartAsync();
        return standby;
    }

    /// <summary>One server of the set.</summary>
    public sealed class Node(string bin, string dataDirectory, int port, string socketDirectory)
    {
        public string DataDirectory { get; } = dataDirectory;

        public int Port { get; } = port;

        public bool Running { get; private set; }

        public string ConnectionStringFor(string database) =>
            new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database }.ConnectionString;

        public async Task StartAsync()
        {
            // No fsync: the data is thrown away. synchronous_commit stays on, as in production.
            await PostgreSqlServer.RunAsync(
                Path.Combine(bin, "pg_ctl"),
                ["-D", DataDirectory, "-w", "-t", "60", "-l", DataDirectory + ".log", "-o", $"-h 127.0.0.1 -p {Port} -k {socketDirectory} -c fsync=off -c full_page_writes=off -c jit=off", "start"],
                TimeSpan.FromMinutes(2),
                PostgreSqlServer.RunningAsRoot);
            Running = true;
        }

        /// <summary>Stops the server as an operator would (<c>pg_ctl stop -m fast</c>): sessions are ended, connections closed.</summary>
        public async Task StopAsync()
        {
            if (Running)
            {
                Running = false;
                await PostgreSqlServer.RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", DataDirectory, "-m", "fast", "-w", "stop"], TimeSpan.FromSeconds(60), PostgreSqlServer.RunningAsRoot);
            }
        }

        public async Task ExecuteAsync(string sql, string database = "postgres")
        {
            await using var connection = new NpgsqlConnection(ConnectionStringFor(database));
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }

        public async Task<T> ScalarAsync<T>(string sql, string database = "postgres")
        {
            await using var connection = new NpgsqlConnection(ConnectionStringFor(database));
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            return reader.GetFieldValue<T>(0);
        }
    }
}
