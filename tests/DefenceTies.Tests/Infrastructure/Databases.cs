
namespace DefenceTies.Tests.Infrastructure;

/// <summary>Theory data: every database kind a behavioural test must pass on.</summary>
public static class Databases
{
    /// <summary>
    /// One row per kind, each carrying its tier: SQLite in memory is of the fast tier, a file or a
    /// server of the integration tier (see <see cref="TestTier"/>).
    /// </summary>
    public static TheoryData<DatabaseKind> All => Rows(Enum.GetValues<DatabaseKind>());

    /// <summary>
    /// One row per database engine: SQLite (in memory) and PostgreSQL. For sweeps of what the engine
    /// itself decides — the verdicts of the CHECK constraints on thousands of generated values — where
    /// a SQLite file runs the same SQL as SQLite in memory and would only repeat the verdicts, slower.
    /// </summary>
    public static TheoryData<DatabaseKind> Engines => Rows(DatabaseKind.SqliteInMemory, DatabaseKind.PostgreSql);

    /// <summary>Rows for <paramref name="kinds"/>, each with the tier its kind belongs to.</summary>
    public static TheoryData<DatabaseKind> Rows(params DatabaseKind[] kinds)
    {
        var rows = new TheoryData<DatabaseKind>();
        foreach (var kind in kinds)
        {
            rows.Add(new TheoryDataRow<DatabaseKind>(kind).WithTrait(TestTier.Name, TierOf(kind)));
        }

        return rows;
    }

    private static string TierOf(DatabaseKind kind) =>
        kind == DatabaseKind.SqliteInMemory ? TestTier.Fast : TestTier.Integration;
}
