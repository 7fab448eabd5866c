namespace DefenceTies.Model;

/// <summary>A nation that is a member of a working group.</summary>
public class WorkingGroupMember : CitedEntity
{
    /// <summary>For EF Core.</summary>
    protected WorkingGroupMember()
    {
    }

    internal WorkingGroupMember(WorkingGroup group, Nation nation, Citation citation)
        : base(citation, nameof(WorkingGroupMember))
    {
        WorkingGroup = group;
        Nation = nation;
    }

    /// <summary>The key of <see cref="WorkingGroup"/>.</summary>
    public int WorkingGroupId { get; private set; }

    /// <summary>The working group.</summary>
    public WorkingGroup WorkingGroup { get; private set; } = null!;

    /// <summary>The key of <see cref="Nation"/>.</summary>
    public int NationId { get; private set; }

    /// <summary>The member nation.</summary>
    public Nation Nation { get; private set; } = null!;
}
