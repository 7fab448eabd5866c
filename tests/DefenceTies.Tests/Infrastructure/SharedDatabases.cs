using System.Collections.Concurrent;

namespace DefenceTies.Tests.Infrastructure;

/// <summary>
/// A class fixture holding one database per kind for the tests of one class that leave it as they
/// found it: reads, and writes the model or the database refuses (each such test still compares
/// the stored rows before and after). xUnit runs a class's tests one at a time, so they never see
/// each other mid-test; a test that stores something takes a database of its own instead. The
/// database is seeded; a subclass may start it elsewhere (<see cref="CreateAsync"/>), such as with
/// fixture packs imported.
/// </summary>
public class SharedDatabases : IAsyncDisposable
{
    private readonly ConcurrentDictionary<DatabaseKind, Lazy<Task<TestDatabase>>> _databases = new();

    /// <summary>The database of <paramref name="kind"/>, made on first use.</summary>
    public Task<TestDatabase> GetAsync(DatabaseKind kind) =>
        _databases.GetOrAdd(kind, k => new Lazy<Task<TestDatabase>>(() => CreateAsync(k))).Value;

    /// <summary>Drops every database made (one whose creation failed was reported by the test that asked for it).</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var database in _databases.Values.Where(d => d.IsValueCreated && d.Value.IsCompletedSuccessfully))
        {
            await (await database.Value).DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Makes the shared database of <paramref name="kind"/>: a seeded one unless overridden.</summary>
    protected virtual Task<TestDatabase> CreateAsync(DatabaseKind kind) => TestDatabase.CreateSeededAsync(kind);
}
