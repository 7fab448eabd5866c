using System.Collections.Concurrent;

namespace DefenceTies.Tests.Infrastructure;

/// <summary>
/// A class fixture holding one seeded database per kind for the tests of one class that leave it as
/// they found it: reads, and writes the model or the database refuses (each such test still compares
/// the stored rows before and after). xUnit runs a class's tests one at a time, so they never see
/// each other mid-test; a test that stores something takes a database of its own instead.
/// </summary>
public sealed class SharedSeededDatabases : IAsyncDisposable
{
    private readonly ConcurrentDictionary<DatabaseKind, Lazy<Task<TestDatabase>>> _databases = new();

    /// <summary>The seeded database of <paramref name="kind"/>, made on first use.</summary>
    public Task<TestDatabase> GetAsync(DatabaseKind kind) =>
        _databases.GetOrAdd(kind, k => new Lazy<Task<TestDatabase>>(() => TestDatabase.CreateSeededAsync(k))).Value;

    public async ValueTask DisposeAsync()
    {
        foreach (var database in _databases.Values.Where(d => d.IsValueCreated && d.Value.IsCompletedSuccessfully))
        {
            await (await database.Value).DisposeAsync();
        }
    }
}
