namespace DefenceTies.Tests.Replication;

/// <summary>
/// The replica tests share one primary and standby and run one after another: one pauses the
/// standby's replay, which would stall another test waiting for replication.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReplicaTestGroup
{
    public const string Name = "PostgreSQL replicas";
}
