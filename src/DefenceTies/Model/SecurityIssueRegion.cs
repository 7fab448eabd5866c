namespace DefenceTies.Model;

/// <summary>A region in which a security issue arises.</summary>
public class SecurityIssueRegion : CitedEntity
{
    /// <summary>For EF Core.</summary>
    protected SecurityIssueRegion()
    {
    }

    internal SecurityIssueRegion(SecurityIssue issue, Region region, Citation citation)
        : base(citation, nameof(SecurityIssueRegion))
    {
        SecurityIssue = issue;
        Region = region;
    }

    /// <summary>The key of <see cref="SecurityIssue"/>.</summary>
    public int SecurityIssueId { get; private set; }

    /// <summary>The issue.</summary>
    public SecurityIssue SecurityIssue { get; private set; } = null!;

    /// <summary>The key of <see cref="Region"/>.</summary>
    public int RegionId { get; private set; }

    /// <summary>The region.</summary>
    public Region Region { get; private set; } = null!;
}
