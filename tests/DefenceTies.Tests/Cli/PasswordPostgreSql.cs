using DefenceTies.Tests.Infrastructure;

namespace DefenceTies.Tests.Cli;

/// <summary>
/// A throwaway PostgreSQL cluster that checks passwords (SCRAM), for the wrong-password tests: the
/// shared test server trusts every login, so it cannot refuse one. Its directory has the prefix CI's
/// cleanup looks for, so a crashed test run does not leave it running.
/// </summary>
public sealed class PasswordPostgreSql : IAsyncLifetime
{
    public const string User = "postgres";

    private string? _root;
    private string? _bin;

    /// <summary>The password the cluster's only user has.</summary>
    public string Password { get; } = $"pw-{Guid.NewGuid():N}";

    public int Port { get; private set; }

    /// <summary>Why the cluster could not be started, when it could not (the tests then skip, or fail under CI).</summary>
    public string? Unavailable { get; private set; }

    public string ConnectionString(string password) => $"Host=127.0.0.1;Port={Port};Username={User};Password={password};Database=postgres";

    public async ValueTask InitializeAsync()
    {
        _bin = PostgreSqlServer.FindBinDirectory();
        if (_bin is null)
        {
            Unavailable = "no initdb was found on PATH or under /usr/lib/postgresql.";
            return;
        }

        _root = Directory.CreateTempSubdirectory("defenceties-pg-").FullName;
        var passwordFile = Path.Combine(_root, "password");
        await File.WriteAllTextAsync(passwordFile, Password);
        var asRoot = PostgreSqlServer.RunningAsRoot;
        if (asRoot)
        {
            await PostgreSqlServer.RunAsync("chown", ["-R", "postgres:postgres", _root], TimeSpan.FromSeconds(10));
        }

        var data = Path.Combine(_root, "data");
        Port = PostgreSqlServer.FreeLoopbackPort();
        try
        {
            await PostgreSqlServer.RunAsync(Path.Combine(_bin, "initdb"), ["-D", data, "-U", User, "--auth=scram-sha-256", $"--pwfile={passwordFile}", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], TimeSpan.FromMinutes(2), asRoot);
            await PostgreSqlServer.RunAsync(
                Path.Combine(_bin, "pg_ctl"),
                ["-D", data, "-w", "-t", "60", "-l", Path.Combine(_root, "server.log"), "-o", $"-h 127.0.0.1 -p {Port} -k {_root} -c fsync=off -c jit=off", "start"],
                TimeSpan.FromMinutes(2),
                asRoot);
        }
        catch (Exception ex)
        {
            Unavailable = ex.Message;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_root is null || _bin is null)
        {
            return;
        }

        try
        {
            await PostgreSqlServer.RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", Path.Combine(_root, "data"), "-m", "immediate", "-w", "stop"], TimeSpan.FromSeconds(60), PostgreSqlServer.RunningAsRoot);
        }
        catch (Exception ex) when (ex is PostgreSqlServer.PostgreSqlUnavailableException)
        {
            // Never started; nothing to stop.
        }

        Directory.Delete(_root, recursive: true);
    }
}
