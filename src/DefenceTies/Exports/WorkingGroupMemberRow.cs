namespace DefenceTies.Exports;

/// <summary>A nation's membership of a working group, with its own evidence.</summary>
internal sealed class WorkingGroupMemberRow : IEvidenced
{
    public required int WorkingGroupId { get; init; }

    public required string NationAlpha3 { get; init; }

    public required Model.PartialDate? EstablishedOn { get; init; }

    public required Evidence Evidence { get; init; }
}
