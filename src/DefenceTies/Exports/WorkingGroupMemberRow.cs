namespace DefenceTies.Exports;

/// <summary>A nation's membership of a working group, with its role, term and own evidence.</summary>
internal sealed class WorkingGroupMemberRow : IEvidenced
{
    public required int WorkingGroupId { get; init; }

    public required string NationAlpha3 { get; init; }

    public required Model.PartialDate? EstablishedOn { get; init; }

    public required Model.ParticipationRole Role { get; init; }

    public required Model.PartialDate? TermStartedOn { get; init; }

    public required Model.PartialDate? TermEndedOn { get; init; }

    /// <summary>The start written: the term's, else the group's establishment.</summary>
    public Model.PartialDate? StartedOn => TermStartedOn ?? EstablishedOn;

    public required Evidence Evidence { get; init; }
}
