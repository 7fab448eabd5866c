namespace DefenceTies.Model;

/// <summary>
/// A nation that is a member of a working group, with its role (a co-chair is a member whose role
/// is CoChair) and the term of that role when the source dates it.
/// </summary>
public class WorkingGroupMember : CitedEntity
{
    /// <summary>For EF Core.</summary>
    protected WorkingGroupMember()
    {
    }

    internal WorkingGroupMember(WorkingGroup group, Nation nation, Citation citation, ParticipationRole role, PartialDate? termStartedOn, PartialDate? termEndedOn)
        : base(citation, nameof(WorkingGroupMember))
    {
        WorkingGroup = group;
        Nation = nation;
        Role = ParticipationRoles.Check(role, ParticipationRoles.OfWorkingGroupMembers, nameof(WorkingGroupMember));
        TermStartedOn = Guard.OptionalDate(termStartedOn, nameof(WorkingGroupMember), nameof(TermStartedOn));
        TermEndedOn = Guard.OptionalDate(termEndedOn, nameof(WorkingGroupMember), nameof(TermEndedOn));
        Guard.Ordered(TermStartedOn, TermEndedOn, nameof(WorkingGroupMember), nameof(TermEndedOn));
    }

    /// <summary>The key of <see cref="WorkingGroup"/>.</summary>
    public int WorkingGroupId { get; private set; }

    /// <summary>The working group.</summary>
    public WorkingGroup WorkingGroup { get; private set; } = null!;

    /// <summary>The key of <see cref="Nation"/>.</summary>
    public int NationId { get; private set; }

    /// <summary>The member nation.</summary>
    public Nation Nation { get; private set; } = null!;

    /// <summary>The member's role: Member (the default), Chair, CoChair or Observer.</summary>
    public ParticipationRole Role { get; private set; }

    /// <summary>When the member's role began, at the precision stated; <see langword="null"/> when not stated.</summary>
    public PartialDate? TermStartedOn { get; private set; }

    /// <summary>When the member's role ended or is to end, at the precision stated; <see langword="null"/> when not stated.</summary>
    public PartialDate? TermEndedOn { get; private set; }
}
