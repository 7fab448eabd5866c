namespace DefenceTies.Model;

/// <summary>A cooperation area discussed at an engagement.</summary>
public class EngagementTopic : CitedEntity
{
    /// <summary>For EF Core.</summary>
    protected EngagementTopic()
    {
    }

    internal EngagementTopic(Engagement engagement, CooperationArea area, Citation citation)
        : base(citation, nameof(EngagementTopic))
    {
        Engagement = engagement;
        CooperationArea = area;
    }

    /// <summary>The key of <see cref="Engagement"/>.</summary>
    public int EngagementId { get; private set; }

    /// <summary>The engagement.</summary>
    public Engagement Engagement { get; private set; } = null!;

    /// <summary>The key of <see cref="CooperationArea"/>.</summary>
    public int CooperationAreaId { get; private set; }

    /// <summary>The area discussed.</summary>
    public CooperationArea CooperationArea { get; private set; } = null!;
}
