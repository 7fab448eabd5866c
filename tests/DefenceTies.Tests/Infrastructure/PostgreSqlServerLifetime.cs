using DefenceTies.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(PostgreSqlServerLifetime))]

namespace DefenceTies.Tests.Infrastructure;

/// <summary>Stops the throwaway PostgreSQL clusters (if the run started any) and deletes the SQLite templates when the test assembly finishes.</summary>
public sealed class PostgreSqlServerLifetime : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        await PostgreSqlServer.StopIfStartedAsync();
        await PostgreSqlReplicaSet.StopIfStartedAsync();
        SqliteTemplates.DeleteAll();
    }
}
