namespace DefenceTies.Tests.Infrastructure;

/// <summary>Theory data: every database kind a behavioural test must pass on.</summary>
public static class Databases
{
    public static TheoryData<DatabaseKind> All => new(Enum.GetValues<DatabaseKind>());
}
