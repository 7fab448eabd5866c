using System.Collections.Concurrent;
using DefenceTies.FactPacks;
using DefenceTies.Tests.FactPacks;
using DefenceTies.Tests.Infrastructure;

namespace DefenceTies.Tests.Exports;

/// <summary>
/// A class fixture: one seeded database per <see cref="DatabaseKind"/> holding the made-up missile
/// joint-venture report (test-missile-joint-venture-2026), imported on the first test that asks
/// for that kind and shared by every test of the class. Exports only read, so the tests cannot
/// disturb each other, and the import (the costly part on PostgreSQL) runs once per kind, not once
/// per test.
/// </summary>
public sealed class MissileJointVentureDatabases : IAsyncDisposable
{
    /// <summary>The fixture pack.</summary>
    public const string Pack = "test-missile-joint-venture-2026.json";

    private readonly ConcurrentDictionary<DatabaseKind, Lazy<Task<TestDatabase>>> _databases = new();

    /// <summary>The database of <paramref name="kind"/> with the report imported, made on first use.</summary>
    public Task<TestDatabase> GetAsync(DatabaseKind kind) =>
        _databases.GetOrAdd(kind, k => new Lazy<Task<TestDatabase>>(() => CreateAsync(k))).Value;

    /// <summary>Drops every database made.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var database in _databases.Values.Where(d => d.IsValueCreated))
        {
            try
            {
                await (await database.Value).DisposeAsync();
            }
            catch (Exception) when (database.Value.IsFaulted)
            {
                // Its creation failed, and the test that asked for it reported why.
            }
        }
    }

    private static async Task<TestDatabase> CreateAsync(DatabaseKind kind)
    {
        var database = await TestDatabase.CreateSeededAsync(kind);
        try
        {
            await using var db = database.CreateContext();
            await db.ImportFactPackAsync(await FactPack.LoadAsync(FactPackImportTests.PackPath(Pack)));
            return database;
        }
        catch
        {
            // Not handed out, so not dropped by DisposeAsync: drop it here.
            await database.DisposeAsync();
            throw;
        }
    }
}
