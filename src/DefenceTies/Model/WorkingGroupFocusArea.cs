namespace DefenceTies.Model;

/// <summary>A cooperation area that a working group focuses on.</summary>
public class WorkingGroupFocusArea : CitedEntity
{
    /// <summary>For EF Core.</summary>
    protected WorkingGroupFocusArea()
    {
    }

    internal WorkingGroupFocusArea(WorkingGroup group, CooperationArea area, Citation citation)
        : base(citation, nameof(WorkingGroupFocusArea))
    {
        WorkingGroup = group;
        CooperationArea = area;
    }

    /// <summary>The key of <see cref="WorkingGroup"/>.</summary>
    public int WorkingGroupId { get; private set; }

    /// <summary>The working group.</summary>
    public WorkingGroup WorkingGroup { get; private set; } = null!;

    /// <summary>The key of <see cref="CooperationArea"/>.</summary>
    public int CooperationAreaId { get; private set; }

    /// <summary>The area.</summary>
    public CooperationArea CooperationArea { get; private set; } = null!;
}
