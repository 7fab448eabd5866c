using DefenceTies.Tests.Infrastructure;

namespace DefenceTies.Tests.Exports;

/// <summary>
/// A class fixture: one seeded database per <see cref="DatabaseKind"/> holding the made-up missile
/// joint-venture report (test-missile-joint-venture-2026), shared by every test of the class.
/// Exports only read, so the tests cannot disturb each other.
/// </summary>
public sealed class MissileJointVentureDatabases : SharedDatabases
{
    /// <summary>The fixture pack.</summary>
    public const string Pack = "test-missile-joint-venture-2026.json";

    /// <inheritdoc/>
    protected override Task<TestDatabase> CreateAsync(DatabaseKind kind) => TestDatabase.CreateImportedAsync(kind, Pack);
}
