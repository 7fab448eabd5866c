using DefenceTies.Tests.Infrastructure;

namespace DefenceTies.Tests.Exports;

/// <summary>One database per kind holding the made-up coastal missile contract report, for export tests that only read it.</summary>
public sealed class CoastalMissileContractDatabases : SharedDatabases
{
    /// <summary>The fixture pack.</summary>
    public const string Pack = "test-coastal-missile-contract-2026.json";

    /// <inheritdoc/>
    protected override Task<TestDatabase> CreateAsync(DatabaseKind kind) => TestDatabase.CreateImportedAsync(kind, Pack);
}
